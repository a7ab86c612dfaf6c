package diag

import (
	"errors"
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
