// Package golden serves the tests that compare output with golden files
// (txtar cases, the models of the programme corpus). Diff shows where an
// output departs from the expected text, so that a failure reads as the
// few lines that differ rather than two whole texts; Pairs runs an archive
// of cases, each an input and its expected output, as the CSV and TOML
// readers' error cases are kept. The files are rewritten by each test's
// -update flag and read as a git diff.
package golden

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
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

// Pairs runs the cases of the txtar archive file, whose sections come in
// pairs: an input, NAME.in (in is its extension, as "csv"), then what the
// code under test makes of it, NAME.out. run is given each input and
// returns its output; every output that differs from the archive's fails t,
// shown by Diff. With update, the archive is rewritten with the outputs
// run gives instead, its comment and inputs kept, for a reviewer to read
// as a diff.
func Pairs(t *testing.T, file, in, out string, update bool, run func(name string, input []byte) string) {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, f := range ar.Files {
		want[f.Name] = string(f.Data)
	}
	var rewritten []txtar.File
	cases := 0
	for _, f := range ar.Files {
		name, ok := strings.CutSuffix(f.Name, "."+in)
		if !ok {
			continue
		}
		cases++
		got := run(name, f.Data)
		rewritten = append(rewritten, f, txtar.File{Name: name + "." + out, Data: []byte(got)})
		if w, ok := want[name+"."+out]; !update && (!ok || got != w) {
			t.Errorf("%s: %s.%s differs (-update rewrites %s; read the diff):\n%s", file, name, out, file, Diff(w, got))
		}
	}
	if cases == 0 {
		t.Fatalf("%s has no .%s section", file, in)
	}
	if update {
		ar.Files = rewritten
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
