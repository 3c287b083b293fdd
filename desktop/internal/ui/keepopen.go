package ui

import (
	"fmt"
	"time"
)

// Keep open, as the window drives it. The Knocker's keep-open run knocks
// as soon as it starts and then before each grant ends. So that ticking
// Keep open and clicking Knock never send two knocks within one grant:
//   - ticking it while a grant of the profile is live knocks nothing: the
//     run starts (its first knock a renewal) shortly before that grant
//     ends; with no live grant it starts at once, as the knock that opens;
//   - a Knock click while a kept-open grant is live sends nothing and says
//     the grant is kept open (untick Keep open to knock by hand).
//
// The run's renewals are folded in the history into one row per run of
// successive renewals ("renewed ×3, last 12:03:04"), and they notify only
// when one fails.

// keepRun is the keep-open state of one profile.
type keepRun struct {
	armed   *time.Timer // the run waits for the live grant to near its end
	started bool        // the Knocker's run is going
	reports int         // knocks reported by the run
	until   time.Time   // when the last grant known to the run ends
}

// keepMargin is how long before a live grant ends the run is started when
// Keep open is ticked during it: the client's own renewal margin at most.
func keepMargin(left time.Duration) time.Duration {
	return min(left/4, 10*time.Second)
}

// KeepOpen turns re-knocking for name on or off and saves the choice.
func (c *Controller) KeepOpen(name string, on bool) {
	p, ok := c.Profile(name)
	if !ok || p.KeepOpen == on {
		return
	}
	p = p.Clone()
	p.KeepOpen = on
	c.Save(name, p, nil, func(error) {})
	c.stopKeeping(name)
	if !on {
		return
	}
	run := &keepRun{}
	c.keeping()[name] = run
	if until, live := c.liveGrant(name); live {
		run.until = until
		left := until.Sub(c.now())
		run.armed = time.AfterFunc(left-keepMargin(left), func() {
			c.do(func() {
				if c.keeping()[name] == run {
					c.startKeeping(name, run)
				}
			})
		})
		return
	}
	c.startKeeping(name, run)
}

func (c *Controller) keeping() map[string]*keepRun {
	if c.keep == nil {
		c.keep = map[string]*keepRun{}
	}
	return c.keep
}

// liveGrant returns the end of the grant of name the status shows open.
func (c *Controller) liveGrant(name string) (time.Time, bool) {
	st := c.status
	live := st.State == Open && st.Profile == name && st.Until.After(c.now())
	return st.Until, live
}

// stopKeeping ends the keep-open run of name, armed or going.
func (c *Controller) stopKeeping(name string) {
	run := c.keeping()[name]
	if run == nil {
		return
	}
	delete(c.keep, name)
	if run.armed != nil {
		run.armed.Stop()
	}
	if run.started {
		c.svc.Knocker.KeepOpen(name, false, nil)
	}
}

// startKeeping starts the Knocker's run for name. A run started while a
// grant is live renews from its first knock.
func (c *Controller) startKeeping(name string, run *keepRun) {
	run.started = true
	renewsAtOnce := !run.until.IsZero()
	c.svc.Knocker.KeepOpen(name, true, func(r Record) {
		h := c.svc.Knocker.History()
		c.do(func() {
			if c.keeping()[name] != run {
				return // unticked meanwhile
			}
			run.reports++
			renewal := renewsAtOnce || run.reports > 1
			if renewal {
				c.renewals()[recordKey(r)] = true
			}
			if r.Opened {
				run.until = r.grantEnd()
			}
			c.setHistory(h)
			if c.status.State == Knocking {
				return
			}
			if renewal && r.Opened {
				c.renewed(name, r)
				return
			}
			c.finish(r.Profile, r, nil)
		})
	})
}

// grantEnd is when the grant of a knock that opened ends: the one it asked
// for, also when the port was open already (a renewal), else Until.
func (r Record) grantEnd() time.Time {
	if !r.AskedUntil.IsZero() {
		return r.AskedUntil
	}
	return r.Until
}

// renewed shows a keep-open renewal: the status stays open with the new
// grant's countdown, without a notification.
func (c *Controller) renewed(name string, r Record) {
	c.status = Status{State: Open, Profile: name, Until: r.grantEnd(),
		Message: "kept open: renewed at " + r.At.Format("15:04:05")}
	c.changed()
}

// keptOpen reports, for a Knock click on name, whether a kept-open grant
// is live; then it says so in the status and nothing is sent.
func (c *Controller) keptOpen(name string) bool {
	run := c.keeping()[name]
	if run == nil || !run.until.After(c.now()) {
		return false
	}
	c.status = Status{State: Open, Profile: name, Until: run.until,
		Message: "kept open: renewed before it ends, no knock needed (untick Keep open to knock by hand)"}
	c.changed()
	return true
}

func (c *Controller) renewals() map[string]bool {
	if c.renewal == nil {
		c.renewal = map[string]bool{}
	}
	return c.renewal
}

// setHistory shows h (oldest first, as a Knocker keeps it) newest first,
// with keep-open renewals folded.
func (c *Controller) setHistory(h []Record) {
	c.history = foldRenewals(newestFirst(h), func(r Record) bool { return c.renewal[recordKey(r)] })
}

// foldRenewals folds each run of successive renewals of one profile that
// opened (newest first in h) into its newest record, counting them in
// Renewals and keeping the oldest one's time in FirstRenewal.
func foldRenewals(h []Record, renewal func(Record) bool) []Record {
	out := make([]Record, 0, len(h))
	for _, r := range h {
		if !renewal(r) || !r.Opened {
			out = append(out, r)
			continue
		}
		if n := len(out); n > 0 && out[n-1].Renewals > 0 && out[n-1].Profile == r.Profile {
			out[n-1].Renewals++
			out[n-1].FirstRenewal = r.At
			continue
		}
		r.Renewals, r.FirstRenewal = 1, r.At
		out = append(out, r)
	}
	return out
}

// renewalLine is the history line of folded renewals.
func renewalLine(r Record) string {
	return fmt.Sprintf("%s  %s  kept open: renewed ×%d, last %s", r.FirstRenewal.Format("15:04:05"), r.Profile, r.Renewals, r.At.Format("15:04:05"))
}
