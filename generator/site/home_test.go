package site

import (
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/progress"
)

// TestDistanceCovered is the bar of each home-page row: a milestone's bar
// is its latest figure, the per cent of its work done.
func TestDistanceCovered(t *testing.T) {
	p := func(year int, v float64) progress.Point { return progress.Point{Year: year, Value: v} }
	tests := []struct {
		name string
		a    progress.Assessment
		want int
		ok   bool
	}{
		{"milestone at 80%", progress.Assessment{Method: progress.MethodMilestone, Latest: p(2025, 80), HasLatest: true}, 80, true},
		{"milestone done", progress.Assessment{Method: progress.MethodMilestone, Computed: progress.MilestoneDone, Latest: p(2025, 100), HasLatest: true}, 100, true},
		{"milestone past 100 is clamped", progress.Assessment{Method: progress.MethodMilestone, Latest: p(2025, 120), HasLatest: true}, 100, true},
		{"milestone without a figure", progress.Assessment{Method: progress.MethodMilestone}, 0, false},
		{"achieved", progress.Assessment{Method: progress.MethodCAGR, Computed: progress.Achieved, HasBase: true, Base: p(2024, 1), Latest: p(2025, 5), HasLatest: true, TargetValue: 4}, 100, true},
		{"a third of the way", progress.Assessment{Method: progress.MethodCAGR, HasBase: true, Base: p(2024, 10), Latest: p(2025, 13), HasLatest: true, TargetValue: 19}, 33, true},
		{"going back is 0", progress.Assessment{Method: progress.MethodCAGR, HasBase: true, Base: p(2024, 10), Latest: p(2025, 9), HasLatest: true, TargetValue: 19}, 0, true},
		{"lower is better", progress.Assessment{Method: progress.MethodCAGR, HasBase: true, Base: p(2024, 4), Latest: p(2025, 3), HasLatest: true, TargetValue: 2}, 50, true},
		{"no base", progress.Assessment{Method: progress.MethodCAGR, Latest: p(2025, 3), HasLatest: true, TargetValue: 2}, 0, false},
		{"trend", progress.Assessment{Method: progress.MethodTrend, HasBase: true, Base: p(2024, 4), Latest: p(2025, 3), HasLatest: true}, 0, false},
	}
	for _, tt := range tests {
		got, ok := distanceCovered(tt.a)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: distanceCovered = %d, %v; want %d, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestHomeRows checks, on the basic site, that each row names its
// indicator in text (not only in a title attribute), that each card has
// its overall state, and that rows from illustrative figures are tagged.
func TestHomeRows(t *testing.T) {
	_, fsys := fixture(t, "testdata/basic.txtar")
	out, err := Build(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	home := string(out.Files["index.html"])
	for _, want := range []string{
		`<span class="code">1.1</span> Tỷ lệ thất nghiệp</a>`,
		`<p class="card-state">Chung: <span class="badge s-on_track">`,
		`<p class="card-state">Chung: <span class="badge s-milestone_pending">`,
		`<span class="no-figure">chưa có số liệu</span>`,
		`Đúng tiến độ</span> <span class="tag-illustrative">minh họa</span>`,
	} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %s", want)
		}
	}
	if strings.Contains(home, ` title="1.1.`) {
		t.Error("an indicator's name is still only in a title attribute")
	}
	method := string(out.Files["phuong-phap/index.html"])
	if !strings.Contains(method, "<dt>Tình hình chung của chỉ tiêu</dt><dd>mỗi chỉ tiêu trên trang chủ mang trạng thái kém nhất") {
		t.Error("the methodology page does not state the rule for a target's overall state")
	}
}
