package progress

import (
	"strconv"
	"strings"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/vi"
)

// Format writes v as the indicator is shown: with the indicator's decimals,
// or more where the figure has them (a sourced 95,15 is never rounded), and
// with its unit when the unit is a percentage ("92,0%").
func Format(d indicator.Definition, v float64) string {
	s := vi.Number(v, max(d.Decimals, vi.Decimals(v)))
	if strings.HasPrefix(d.Unit, "%") {
		return s + "%"
	}
	return s
}

// FormatTarget writes the target in words: "trên 95%", "35 - 40%"; "" for
// an indicator without a numeric target.
func FormatTarget(d indicator.Definition) string {
	return d.TargetText(func(v float64) string { return vi.Auto(v) })
}

// summary says the assessment in one sentence; group, when not "", names
// the breakdown's group the figures are of.
func summary(d indicator.Definition, group string, a Assessment) string {
	var b strings.Builder
	b.WriteString(d.Name)
	if group != "" {
		b.WriteString(" (" + group + ")")
	}
	year := func(p Point) string { return Format(d, p.Value) + " (" + strconv.Itoa(p.Year) + ")" }
	switch {
	case a.Method == MethodMilestone && a.HasLatest:
		b.WriteString(": " + strings.ToLower(Label(a.Computed)) + " (số liệu năm " + strconv.Itoa(a.Latest.Year) + ")")
		return b.String() + byHand(a) + "."
	case a.Method == MethodMilestone:
		return b.String() + ": chưa hoàn thành; chưa có số liệu" + byHand(a) + "."
	case a.HasBase:
		switch {
		case a.Latest.Value > a.Base.Value:
			b.WriteString(" tăng từ " + year(a.Base) + " lên " + year(a.Latest))
		case a.Latest.Value < a.Base.Value:
			b.WriteString(" giảm từ " + year(a.Base) + " xuống " + year(a.Latest))
		default:
			b.WriteString(" giữ nguyên ở mức " + Format(d, a.Latest.Value) + " từ " + strconv.Itoa(a.Base.Year) + " đến " + strconv.Itoa(a.Latest.Year))
		}
	case a.HasLatest:
		b.WriteString(" năm " + strconv.Itoa(a.Latest.Year) + " là " + Format(d, a.Latest.Value))
	default:
		b.WriteString(" chưa có số liệu")
	}
	if d.Comparator.HasTarget() {
		b.WriteString("; mục tiêu năm " + strconv.Itoa(a.TargetYear) + " là " + FormatTarget(d) + "; ")
	} else {
		b.WriteString("; không có mục tiêu bằng số, đánh giá theo xu hướng; ")
	}
	switch a.Computed {
	case Achieved:
		b.WriteString("đã đạt mục tiêu")
	case InsufficientData:
		b.WriteString("chưa đủ dữ liệu để đánh giá xu hướng")
	default:
		b.WriteString(strings.ToLower(Label(a.Computed)))
	}
	return b.String() + byHand(a) + "."
}

// byHand words a status set by hand, after the computed one.
func byHand(a Assessment) string {
	if a.Override == nil {
		return ""
	}
	return "; trạng thái được đặt bằng tay là “" + Label(a.Status) + "”: " + strings.TrimRight(a.Override.Reason, ". ")
}

// Example is the worked example the methodology page shows, computed by
// Assess like every indicator so the explanation cannot drift from the code:
// health-insurance coverage from 92,0% (2023) to 93,0% (2025) against a
// target above 95% by 2030.
func Example() indicator.Indicator {
	return indicator.Indicator{
		Definition: indicator.Definition{
			Code: "8.9", Target: 8, Name: "Tỷ lệ bao phủ bảo hiểm y tế", Kind: indicator.Quantitative,
			Unit: "%", Direction: indicator.Higher, Comparator: indicator.More, Value: 95, Aggregation: indicator.Level, Decimals: 1,
			Headline: indicator.FromTotal,
		},
		Series: indicator.Series{Obs: []indicator.Observation{
			{Year: 2023, Value: 92.0, HasValue: true, Source: indicator.Illustrative},
			{Year: 2025, Value: 93.0, HasValue: true, Source: indicator.Illustrative},
		}},
	}
}
