package chartsvg

import (
	"bytes"
	"strings"
	"testing"
)

// TestShownLabels: however narrow the axis, the bold years stay, then the
// latest year, then the gaps, then as many other years as fit.
func TestShownLabels(t *testing.T) {
	axis := func(s string) []category {
		var out []category
		for _, f := range strings.Fields(s) {
			out = append(out, category{Text: strings.TrimSuffix(f, "*"), Bold: strings.HasSuffix(f, "*")})
		}
		return out
	}
	const years = "2020 2021 2022 2023 2024 2025 … 2030* … 2045*"
	for _, tc := range []struct {
		cats string
		band float64
		want string
	}{
		{years, 32, "2020 2021 2022 2023 2024 2025 … 2030 … 2045"},
		{years, 26, "2021 2023 2025 … 2030 … 2045"},
		{years, 18, "2021 2023 2025 2030 2045"}, // no room for a gap beside 2030
		{years, 8, "2023 2030 2045"},
		{"2028 2029 2030* 2031 … 2045*", 16, "2028 2030 2045"},
	} {
		cats := axis(tc.cats)
		shown := shownLabels(cats, tc.band, func(c category) float64 { return width(c.Text, 12, c.Bold) })
		var got []string
		for i, c := range cats {
			if shown[i] {
				got = append(got, c.Text)
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s at %v px a band: shows %s, want %s", tc.cats, tc.band, g, tc.want)
		}
	}
}

// TestTitleWraps: a long title breaks between words, and the subtitle and
// the plot move down by its extra line, where before it was cut with "…".
func TestTitleWraps(t *testing.T) {
	opt := `{"title":{"text":"Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi","subtext":"Đơn vị: %","textStyle":{"fontSize":14,"lineHeight":18}},
"grid":[{"left":"8","top":"80","right":"16","bottom":"8","containLabel":true}],
"xAxis":[{"data":["2024",{"value":"2030","textStyle":{"fontWeight":"bold"}}]}],
"yAxis":[{"type":"value","min":0,"max":30,"interval":10}],"series":[{"type":"line","data":[20,15]}]}`
	svg, err := Draw([]byte(opt), Size{340, 288})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(svg, []byte("…")) {
		t.Errorf("the title is cut:\n%s", svg)
	}
	for _, want := range []string{`y="29" dominant-baseline="central" font-size="14" font-weight="bold" fill="#3c3c41">Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể</text>`,
		`y="47" dominant-baseline="central" font-size="14" font-weight="bold" fill="#3c3c41">thấp còi</text>`,
		`y="72" dominant-baseline="central" fill="#86878c">Đơn vị: %</text>`,
		`font-weight="bold" fill="#54555a">2030</text>`} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("no %s in\n%s", want, svg)
		}
	}
	wide, _ := Draw([]byte(opt), Size{880, 352})
	if !bytes.Contains(wide, []byte(`>Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi</text>`)) {
		t.Errorf("the title wraps where it fits:\n%s", wide)
	}
}
