package difftest

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

// stockJudge reads the stock fwknopd's -v -v log.
type stockJudge struct{ lines <-chan string }

var stockSentinel = "[" + sentinel.String() + "] preprocess_spa_data()"

func (j stockJudge) next(t *testing.T) verdict {
	t.Helper()
	var log []string
	timeout := time.After(10 * time.Second)
	for {
		select {
		case l, ok := <-j.lines:
			if !ok {
				t.Fatalf("stock fwknopd exited:\n%s", strings.Join(log, "\n"))
			}
			if strings.Contains(l, stockSentinel) {
				return stockVerdict(log)
			}
			log = append(log, l)
		case <-timeout:
			t.Fatalf("stock fwknopd logged no sentinel in 10 s:\n%s", strings.Join(log, "\n"))
		}
	}
}

// stockReasons turns the stock log text into the reason codes of the shared
// vectors (their server_log arrays hold these texts), in the order the
// stock daemon makes its per-stanza checks: where every stanza fails, the
// reason reported is the one of the stanza that got furthest, as Sesame
// does. Codes before the loop over stanzas come first.
var stockReasons = []struct{ text, reason string }{
	// "Data is not an SPA message", or "... not a valid SPA message format"
	// for a packet that carries the Salted__ prefix again.
	{"preprocess_spa_data() returned error", "bad_base64"},
	{"No access data found for source IP", "no_matching_stanza"},
	{"Replay detected", "replay"},
	{"HMAC_COMPAREFAIL", "bad_hmac"},
	{"Decryption failed", "decrypt_failed"},
	{"Error creating fko context", "malformed"}, // any other decoding error
	{"time difference is too great", "stale_timestamp"},
	{"when valid source IP was required", "source_required"},
	{"Username in SPA data", "user_mismatch"},
	{"requested NAT access, but is not enabled", "nat_not_enabled"},
	{"Command messages are not allowed", "command_not_allowed"},
	{"protocol/ports was denied", "port_not_allowed"},
}

const stockGrant = "Added access rule to FWKNOP_INPUT for "

// stockVerdict judges one packet's log lines.
func stockVerdict(log []string) verdict {
	v := verdict{decision: "none"}
	furthest := -1
	for _, l := range log {
		if strings.Contains(l, "stanza #") || strings.Contains(l, "rror") {
			v.evidence = append(v.evidence, l)
		}
		if g, ok := stockGrantsOf(l); ok {
			v.decision = "accept"
			v.grants = append(v.grants, g...)
			v.evidence = append(v.evidence, l)
			continue
		}
		for rank, r := range stockReasons {
			if strings.Contains(l, r.text) {
				v.evidence = append(v.evidence, l)
				furthest = max(furthest, rank)
				break
			}
		}
	}
	if v.decision == "accept" {
		slices.Sort(v.grants)
		v.grants = slices.Compact(v.grants)
		return v
	}
	if furthest >= 0 {
		v.decision, v.reason = "reject", stockReasons[furthest].reason
	}
	return v
}

// stockGrantsOf reads "Added access rule to FWKNOP_INPUT for 198.51.100.7
// -> 0.0.0.0/0 tcp/22,tcp/23, expires at 1795563525" as "198.51.100.7
// tcp/22" and "198.51.100.7 tcp/23". The stock daemon writes this line once
// for each rule it adds, each time with the whole access list.
func stockGrantsOf(line string) ([]string, bool) {
	_, rest, ok := strings.Cut(line, stockGrant)
	if !ok {
		return nil, false
	}
	f := strings.Fields(rest)
	if len(f) < 4 {
		return nil, false
	}
	var g []string
	for _, a := range strings.Split(strings.TrimSuffix(f[3], ","), ",") {
		g = append(g, f[0]+" "+a)
	}
	return g, true
}

// sesameJudge reads the built fwknopd's --log-json decisions.
type sesameJudge struct{ lines <-chan string }

type event struct {
	Src      string `json:"src"`
	Decision string `json:"decision"`
	Reason   string `json:"reason"`
	Access   string `json:"access"`
	AllowIP  string `json:"allow_ip"`
	Summary  bool   `json:"summary"`
	Error    string `json:"error"`
}

// next collects decisions up to the sentinel's. Several workers decide
// concurrently and an accept is logged only once its rule is in, so the
// packet's own decision may come after the sentinel's: wait up to a
// second for it.
func (j sesameJudge) next(t *testing.T) verdict {
	t.Helper()
	var got []event
	var log []string
	sentinelSeen := false
	timeout := time.After(10 * time.Second)
	for !sentinelSeen || len(got) == 0 {
		select {
		case l, ok := <-j.lines:
			if !ok {
				t.Fatalf("fwknopd exited:\n%s", strings.Join(log, "\n"))
			}
			var e event
			if err := json.Unmarshal([]byte(l), &e); err != nil {
				t.Fatalf("fwknopd --log-json wrote a line that is not JSON: %q", l)
			}
			log = append(log, l)
			switch {
			case e.Summary:
				t.Fatalf("fwknopd folded rejects into a summary (the test sends far fewer than its budget): %s", l)
			case e.Src == sentinel.String():
				sentinelSeen = true
				timeout = time.After(time.Second)
			default:
				got = append(got, e)
			}
		case <-timeout:
			if sentinelSeen {
				return sesameVerdict(got, log)
			}
			t.Fatalf("fwknopd logged no decision on the sentinel in 10 s:\n%s", strings.Join(log, "\n"))
		}
	}
	return sesameVerdict(got, log)
}

func sesameVerdict(got []event, log []string) verdict {
	v := verdict{decision: "none", evidence: log}
	if len(got) == 0 {
		return v
	}
	if len(got) > 1 {
		v.decision = "several decisions"
		return v
	}
	e := got[0]
	v.decision, v.reason = e.Decision, e.Reason
	if e.Error != "" {
		v.decision = "accept that failed: " + e.Error
	}
	if e.Decision == "accept" {
		for _, a := range strings.Split(e.Access, ",") {
			v.grants = append(v.grants, e.AllowIP+" "+a)
		}
		slices.Sort(v.grants)
	}
	return v
}

// agree reports whether Sesame's verdict matches the stock one. A packet
// the stock daemon drops without a word (too short, too long) may be
// refused by Sesame with the matching reason or dropped silently too.
func agree(stock, ours verdict) bool {
	if stock.decision == "none" {
		return ours.decision == "none" || ours.decision == "reject" && (ours.reason == "too_short" || ours.reason == "too_long")
	}
	return stock.decision == ours.decision && stock.reason == ours.reason && slices.Equal(stock.grants, ours.grants)
}
