package site

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/chart"
	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
	"github.com/minhbach/minhbach/generator/theme"
)

// TestSummary words assessments in both of the default theme's languages:
// the Vietnamese is the sentence pages and the open data have always said.
func TestSummary(t *testing.T) {
	th, err := theme.Load(os.DirFS(repoRoot), "default", "/")
	if err != nil {
		t.Fatal(err)
	}
	report := config.Default().Report()
	report = report.AddDate(2026-report.Year(), 0, 0)
	def := indicator.Definition{Code: "8.9", Target: 8, Name: "Tỷ lệ bao phủ bảo hiểm y tế", Kind: indicator.Quantitative,
		Unit: "%", Direction: indicator.Higher, Comparator: indicator.More, Value: 95, Aggregation: indicator.Level, Decimals: 1, Headline: indicator.FromTotal}
	obs := func(pairs ...float64) indicator.Series {
		var s indicator.Series
		for i := 0; i+1 < len(pairs); i += 2 {
			s.Obs = append(s.Obs, indicator.Observation{Year: int(pairs[i]), Value: pairs[i+1], HasValue: true, Source: "x"})
		}
		return s
	}
	byHand := def
	byHand.StatusOverride = &indicator.Override{Status: "limited", Reason: "Năm 2025 đổi cách tính."}
	milestone := indicator.Definition{Code: "9.2", Target: 9, Name: "Xoá nhà tạm", Kind: indicator.Milestone}
	tests := []struct {
		name   string
		in     indicator.Indicator
		vi, en string
	}{
		{"rise", indicator.Indicator{Definition: def, Series: obs(2023, 92, 2025, 93)},
			"Tỷ lệ bao phủ bảo hiểm y tế tăng từ 92,0% (2023) lên 93,0% (2025); mục tiêu năm 2030 là trên 95%; đúng tiến độ.",
			"Tỷ lệ bao phủ bảo hiểm y tế rose from 92.0% (2023) to 93.0% (2025); the target for 2030 is above 95%; on track."},
		{"one year", indicator.Indicator{Definition: def, Series: obs(2025, 93)},
			"Tỷ lệ bao phủ bảo hiểm y tế năm 2025 là 93,0%; mục tiêu năm 2030 là trên 95%; chưa đủ dữ liệu để đánh giá xu hướng.",
			"Tỷ lệ bao phủ bảo hiểm y tế was 93.0% in 2025; the target for 2030 is above 95%; not enough data to assess the trend."},
		{"set by hand", indicator.Indicator{Definition: byHand, Series: obs(2023, 92, 2025, 93)},
			"Tỷ lệ bao phủ bảo hiểm y tế tăng từ 92,0% (2023) lên 93,0% (2025); mục tiêu năm 2030 là trên 95%; đúng tiến độ; trạng thái được đặt bằng tay là “Chậm, gần như không tiến triển”: Năm 2025 đổi cách tính.",
			"Tỷ lệ bao phủ bảo hiểm y tế rose from 92.0% (2023) to 93.0% (2025); the target for 2030 is above 95%; on track; the status set by hand is “Slow, little or no progress”: Năm 2025 đổi cách tính."},
		{"milestone without data", indicator.Indicator{Definition: milestone},
			"Xoá nhà tạm: chưa hoàn thành; chưa có số liệu.",
			"Xoá nhà tạm: not yet completed; no figures yet."},
	}
	for _, tt := range tests {
		for lang, want := range map[string]string{"vi": tt.vi, "en": tt.en} {
			m := &model{Inputs: &Inputs{Theme: th}, words: th.Words(lang)}
			a := &assessed{Indicator: tt.in, Assessment: progress.Assess(tt.in, config.Default(), report)}
			m.summarize(a)
			if a.Assessment.Summary != want {
				t.Errorf("%s, %s:\n got %s\nwant %s", tt.name, lang, a.Assessment.Summary, want)
			}
		}
	}
}

// TestChartWordsMatchTheTheme: chart.Vietnamese, the words of callers
// without a theme, are the default theme's Vietnamese chart words.
func TestChartWordsMatchTheTheme(t *testing.T) {
	th, err := theme.Load(os.DirFS(repoRoot), "default", "/")
	if err != nil {
		t.Fatal(err)
	}
	m := &model{Inputs: &Inputs{Theme: th}, words: th.Words("vi")}
	got, want := m.chartWords(), chart.Vietnamese
	got.TargetText = nil
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
		t.Errorf("theme's chart words %+v\nchart.Vietnamese %+v", got, want)
	}
}

// TestDate writes dates in each edition's language, from the theme's
// date_format and month_names.
func TestDate(t *testing.T) {
	th, err := theme.Load(os.DirFS(repoRoot), "default", "/")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang string
		date time.Time
		want string
	}{
		{"vi", time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC), "30/6/2026"},
		{"en", time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC), "30 June 2026"},
		{"vi", time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), "1/12/2025"},
		{"en", time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), "1 December 2025"},
		{"en", time.Date(2024, 1, 9, 0, 0, 0, 0, time.UTC), "9 January 2024"},
		{"en", time.Time{}, ""},
	}
	for _, tt := range tests {
		m := &model{Inputs: &Inputs{Theme: th}, words: th.Words(tt.lang)}
		if got := m.date(tt.date); got != tt.want {
			t.Errorf("date(%s) in %s = %q, want %q", tt.date.Format("2006-01-02"), tt.lang, got, tt.want)
		}
	}
}
