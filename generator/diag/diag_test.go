package diag

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestList(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("empty list is an error")
	}
	l.Add("b.csv", 2, 3, "hai")
	l.Add("a.csv", 10, 0, "một")
	l.Add("a.csv", 0, 0, "không dòng")
	var inner List
	inner.Add("c.toml", 1, 1, "ba")
	l.Merge("x", &inner)
	l.Merge("d.md", errors.New("khác"))
	want := "a.csv: không dòng\na.csv:10: một\nb.csv:2:3: hai\nc.toml:1:1: ba\nd.md: khác"
	if got := l.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCollect(t *testing.T) {
	var many List
	for i := 0; i < MaxProblems+2; i++ {
		many.Add("f.csv", i+1, 1, "x")
	}
	p := Problem{File: "a.md", Line: 2, Col: 1, Msg: "một"}
	tests := []struct {
		name  string
		err   error
		want  string
		count int
	}{
		{"nil", nil, "", 0},
		{"a problem", p, "a.md:2:1: một", 1},
		{"a wrapped problem", fmt.Errorf("khi dựng: %w", p), "a.md:2:1: một", 1},
		{"another error", errors.New("hỏng"), "config.toml: hỏng", 1},
		{"a wrapped list, capped", fmt.Errorf("%w\n\nCó lỗi", &many), "f.csv:1:1: x", MaxProblems + 2},
	}
	for _, tt := range tests {
		l := Collect("config.toml", tt.err)
		got := ""
		if ps := l.Problems(); len(ps) > 0 {
			got = ps[0].Error()
		}
		if got != tt.want || l.Len() != tt.count {
			t.Errorf("%s: first %q of %d, want %q of %d", tt.name, got, l.Len(), tt.want, tt.count)
		}
	}
}

func TestCap(t *testing.T) {
	var l List
	for i := 0; i < MaxProblems+5; i++ {
		l.Add("f", i+1, 0, "x")
	}
	if l.Len() != MaxProblems+5 || !strings.HasSuffix(l.Error(), "… và 5 lỗi khác không hiển thị") {
		t.Errorf("len %d, tail %q", l.Len(), l.Error()[len(l.Error())-60:])
	}
}

func TestProblemError(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.md", Line: 3, Col: 1, Msg: "x"}, "a.md:3:1: x"},
		{Problem{File: "a.md", Line: 3, Msg: "x"}, "a.md:3: x"},
		{Problem{File: "a.md", Msg: "x"}, "a.md: x"},
		{Problem{File: "a.md", Line: 3, Col: 1, Msg: "x", Severity: Warning}, "a.md:3:1: cảnh báo: x"},
	}
	for _, tt := range tests {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.p, got, tt.want)
		}
	}
}
