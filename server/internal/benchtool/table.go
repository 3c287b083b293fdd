package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// row is one line of the table: a measure of both daemons, their ratio
// where it means something, and the target with whether it is met.
type row struct {
	measure       string
	sesame, stock string
	ratio         string
	target        string
}

type table struct {
	rows  []row
	notes []string
}

// cost adds a per-packet cost (µs) row; ratioTarget > 0 is the least
// stock/sesame ratio the issue asks for.
func (t *table) cost(measure string, ours, stock, ratioTarget float64) {
	r := row{measure: measure, sesame: fmt.Sprintf("%.2f", ours), stock: fmt.Sprintf("%.2f", stock), ratio: ratio(stock, ours)}
	if ratioTarget > 0 {
		r.target = fmt.Sprintf(">= %gx %s", ratioTarget, verdict(ours > 0 && stock/ours >= ratioTarget))
	}
	t.rows = append(t.rows, r)
}

// latency adds the median and p90 knock-to-open rows (ms) of one backend
// and family, each with its target; stock is nil where the stock daemon
// cannot serve.
func (t *table) latency(what string, ours, stock []time.Duration, medianTarget, p90Target float64) {
	for _, q := range []struct {
		name   string
		pct    int
		target float64
	}{{"median", 50, medianTarget}, {"p90", 90, p90Target}} {
		o, st, r := quantileMS(ours, q.pct), "n/a", "-"
		if stock != nil {
			s := quantileMS(stock, q.pct)
			st, r = ms(s), ratio(s, o)
		}
		t.add(fmt.Sprintf("knock-to-open %s, %s (ms)", q.name, what), ms(o), st, r,
			fmt.Sprintf("< %g ms %s", q.target, verdict(o < q.target)))
	}
}

// quantileMS is the pct-th percentile of sorted, in milliseconds.
func quantileMS(sorted []time.Duration, pct int) float64 {
	return sorted[len(sorted)*pct/100].Seconds() * 1000
}

// add adds a row of preformatted values.
func (t *table) add(measure, ours, stock, ratio, target string) {
	t.rows = append(t.rows, row{measure, ours, stock, ratio, target})
}

func (t *table) note(format string, a ...any) { t.notes = append(t.notes, fmt.Sprintf(format, a...)) }

func ratio(stock, ours float64) string {
	if ours <= 0 || stock <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.1fx", stock/ours)
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "MISSED"
}

func (t *table) print(w io.Writer) {
	head := row{"fwknopd, Sesame vs stock 2.6.10", "sesame", "stock", "stock/sesame", "target (sesame)"}
	width := len(head.measure)
	for _, r := range t.rows {
		width = max(width, len(r.measure))
	}
	line := func(r row) {
		fmt.Fprintf(w, "%-*s  %10s  %10s  %12s  %s\n", width, r.measure, r.sesame, r.stock, r.ratio, r.target)
	}
	line(head)
	fmt.Fprintln(w, strings.Repeat("-", width+52))
	for _, r := range t.rows {
		line(r)
	}
	for _, n := range t.notes {
		fmt.Fprintln(w, n)
	}
}
