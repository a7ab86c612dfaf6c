package site

import (
	"bytes"
	"testing"
	"testing/fstest"
)

// TestRebuilderKeepsDrawingsOverAFailure: a broken edit between two good
// builds keeps every drawing, so the fix redraws nothing, and the output
// is the full build's.
func TestRebuilderKeepsDrawingsOverAFailure(t *testing.T) {
	_, fsys := fixture(t, "testdata/basic.txtar")
	rb := NewRebuilder(fsys)
	first, err := rb.Build(Options{})
	if err != nil {
		t.Fatal(err)
	}
	drawn := rb.charts.Len()
	if drawn == 0 {
		t.Fatal("the basic case draws no chart")
	}
	good := fsys["data/1.1.csv"]
	fsys["data/1.1.csv"] = &fstest.MapFile{Data: []byte("year,value,source\n2023,abc,minh họa\n")}
	if _, err := rb.Build(Options{}); err == nil {
		t.Fatal("a broken CSV built")
	}
	if n := rb.charts.Len(); n != drawn {
		t.Errorf("%d drawings after the failed build, want the %d of the good one", n, drawn)
	}
	fsys["data/1.1.csv"] = good
	again, err := rb.Build(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for p := range first.all() {
		a, _ := first.File(p)
		if b, _ := again.File(p); !bytes.Equal(a, b) {
			t.Errorf("%s differs after the fix", p)
		}
	}
}
