package progress

import (
	"strings"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/numfmt"
	"github.com/minhbach/minhbach/generator/vi"
)

// Format writes v as the indicator is shown to a reader of lang: with the
// indicator's decimals, or more where the figure has them (a sourced 95,15
// is never rounded), and with its unit when the unit is a percentage
// ("92,0%" in Vietnamese, "92.0%" in English).
func Format(lang string, d indicator.Definition, v float64) string {
	s := numfmt.Fixed(lang, v, max(d.Decimals, vi.Decimals(v)))
	if strings.HasPrefix(d.Unit, "%") {
		return s + "%"
	}
	return s
}

// FormatTarget writes the target in Vietnamese words: "trên 95%",
// "35 - 40%"; "" for an indicator without a numeric target.
func FormatTarget(d indicator.Definition) string {
	return d.TargetText(vi.Auto)
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
