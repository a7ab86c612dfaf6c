// Package golden shows where a test's output departs from the expected
// text of a golden file (a txtar case's section, a model of the programme
// corpus), so that a failure reads as the few lines that differ rather
// than two whole texts. Tests that keep golden files share it; the files
// themselves are rewritten by each test's -update flag and read as a git
// diff.
package golden

import (
	"fmt"
	"strings"
)

// Diff is the first line where got departs from want, by its number, after
// the line before it for context: "" if the two are the same.
//
//	line 3
//	  the line before, the same in both
//	- the line want has
//	+ the line got has
//
// A text that ends early shows its side as (end).
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	w, g := lines(want), lines(got)
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "line %d\n", i+1)
	if i > 0 {
		fmt.Fprintf(&b, "  %s\n", w[i-1])
	}
	fmt.Fprintf(&b, "- %s\n+ %s", at(w, i), at(g, i))
	return b.String()
}

// lines splits s into its lines, a final newline ending the last rather
// than starting an empty one; a missing final newline is a difference of
// its own, shown as \ no newline.
func lines(s string) []string {
	l := strings.SplitAfter(s, "\n")
	if l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	for i, x := range l {
		if t, ok := strings.CutSuffix(x, "\n"); ok {
			l[i] = t
		} else {
			l[i] = x + ` \ no newline`
		}
	}
	return l
}

func at(l []string, i int) string {
	if i < len(l) {
		return l[i]
	}
	return "(end)"
}
