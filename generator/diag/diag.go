// Package diag holds the problems a build finds in its input.
//
// Every problem names the file, line and column it comes from and says, in
// Vietnamese, what is wrong and what to do. Stages collect problems into a
// List instead of stopping at the first, so one run shows staff every mistake
// (capped at MaxProblems so a wholly broken file does not flood the screen).
//
// Printed, a problem reads like a compiler error:
//
//	data/8.6.csv:4:2: giá trị "abc" không phải là số; hãy ghi một số như 98,5
//
// A problem that does not stop the build is a Warning: it is printed the same
// way, marked "cảnh báo:", and the build goes on.
package diag

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// MaxProblems caps how many problems a List keeps; the rest are counted.
const MaxProblems = 100

// Severity says whether a problem stops the build.
type Severity int

const (
	// Error stops the build: nothing is written.
	Error Severity = iota
	// Warning is worth knowing but stops nothing, such as a page held back
	// until its date.
	Warning
)

// Problem is one mistake in one input file. Line and Col start at 1; zero
// means unknown (a missing file has no line). The zero Severity is Error.
type Problem struct {
	File     string
	Line     int
	Col      int
	Msg      string
	Severity Severity
}

func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	b.WriteString(": ")
	if p.Severity == Warning {
		b.WriteString("cảnh báo: ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// List gathers problems from one or more stages. The zero value is ready.
type List struct {
	problems []Problem
	dropped  int
}

// Add records a problem.
func (l *List) Add(file string, line, col int, format string, args ...any) {
	l.Append(Problem{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// Append records problems already made.
func (l *List) Append(ps ...Problem) {
	for _, p := range ps {
		if len(l.problems) >= MaxProblems {
			l.dropped++
			continue
		}
		l.problems = append(l.problems, p)
	}
}

// Merge records every problem carried by err: a *List, a Problem, or any
// other error (kept as a problem without position in file).
func (l *List) Merge(file string, err error) {
	if err == nil {
		return
	}
	var list *List
	var p Problem
	switch {
	case errors.As(err, &list):
		l.Append(list.problems...)
		l.dropped += list.dropped
	case errors.As(err, &p):
		l.Append(p)
	default:
		l.Append(Problem{File: file, Msg: err.Error()})
	}
}

// Collect gathers the problems err carries, as Merge does: those of a
// *List (with its count of those not kept), a Problem, or any other error
// as a problem of file without position. It is the one place where an
// error becomes problems, for whatever shows them one by one (check, the
// preview) or counts them (build).
func Collect(file string, err error) *List {
	var l List
	l.Merge(file, err)
	return &l
}

// Unreadable records that file could not be read: the problem err carries
// when it is one (a link that leads out of the site says so itself), or
// else a sentence around the system's reason.
func (l *List) Unreadable(file string, err error) {
	var p Problem
	if errors.As(err, &p) {
		l.Append(p)
		return
	}
	l.Add(file, 0, 0, "không đọc được tệp (%v); hãy kiểm tra quyền đọc và đường dẫn", err)
}

// Len reports how many problems were found, including those not kept.
func (l *List) Len() int { return len(l.problems) + l.dropped }

// Problems returns the kept problems sorted by file, line and column.
func (l *List) Problems() []Problem {
	ps := append([]Problem(nil), l.problems...)
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return ps
}

// Err returns the list as an error, or nil when nothing was found.
func (l *List) Err() error {
	if l.Len() == 0 {
		return nil
	}
	return l
}

// Error prints one problem a line, sorted, then a count of any not shown.
func (l *List) Error() string {
	var b strings.Builder
	for i, p := range l.Problems() {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	if l.dropped > 0 {
		fmt.Fprintf(&b, "\n… và %d lỗi khác không hiển thị", l.dropped)
	}
	return b.String()
}
