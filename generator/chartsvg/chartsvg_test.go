package chartsvg

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
)

// line is a chart option of the shape package chart writes, cut down.
const line = `{"title":{"text":"Số nhà ở xã hội","subtext":"Đơn vị: căn","textStyle":{"fontSize":14}},
"grid":[{"left":"8","top":"72","right":"16","bottom":"8","containLabel":true}],"legend":{"show":false},
"xAxis":[{"data":["2023","2024","2025","2026"]}],
"yAxis":[{"type":"value","min":0,"max":8000,"minInterval":2000,"maxInterval":2000,"name":"căn","nameGap":10}],
"series":[{"name":"Toàn tỉnh","type":"line","symbol":"circle","symbolSize":7,"connectNulls":true,
 "data":[{"value":1200.5},"-",{"value":3400,"symbol":"emptyCircle","symbolSize":10},{"value":"-"}],
 "itemStyle":{"color":"#1f5f99"},"lineStyle":{"color":"#1f5f99","width":2},
 "markLine":{"data":[{"name":"Mục tiêu 2030: ít nhất 6.400 căn","yAxis":6400,"lineStyle":{"color":"#a63a00","type":"dashed","width":2},"label":{"show":true,"position":"insideStartTop","color":"#a63a00"}}]},
 "markArea":{"data":[[{"name":"Tầm nhìn 2045","xAxis":"2025","itemStyle":{"color":"rgba(18,53,91,0.07)"},"label":{"show":true,"position":"insideBottom","color":"#12355b"}},{"xAxis":"2026"}]]}}]}`

const bars = `{"title":{"text":"Theo địa bàn"},"grid":[{"left":"8","top":"64","right":"24","bottom":"8","containLabel":true}],
"xAxis":[{"type":"value","min":0,"max":100,"minInterval":25,"maxInterval":25}],
"yAxis":[{"type":"category","data":["Châu Thành","Mỹ Tú"]}],
"series":[{"name":"2025","type":"bar","data":[{"value":98.5},{"value":40}],"itemStyle":{"color":"#1f5f99"},
 "markLine":{"data":[{"name":"Mục tiêu: trên 95%","xAxis":95,"label":{"show":true,"position":"end"}}]}}]}`

const legendOption = `{"legend":{"show":true,"bottom":"0"},"grid":[{"left":"8","top":"72","right":"16","bottom":"104","containLabel":true}],
"xAxis":[{"data":["2024","2025"]}],"yAxis":[{"type":"value","min":10,"max":25,"minInterval":2.5,"maxInterval":2.5}],
"series":[{"name":"Toàn tỉnh","type":"line","data":[20,21]},{"name":"Mỹ Tú","type":"line","symbol":"triangle","data":[22,"-"]},
{"name":"Xu hướng","type":"line","showSymbol":false,"lineStyle":{"type":"dashed"},"data":["-",21]}]}`

func TestDraw(t *testing.T) {
	for _, tc := range []struct {
		name, option string
		want, not    []string
	}{
		{"line", line,
			[]string{
				`>Số nhà ở xã hội</text>`, `>Đơn vị: căn</text>`, `>căn</text>`,
				`>0</text>`, `>2.000</text>`, `>8.000</text>`, // Vietnamese thousands
				`>2023</text>`, `>2026</text>`,
				`>Mục tiêu 2030: ít nhất 6.400 căn</text>`, `stroke-dasharray="8,4"`,
				`>Tầm nhìn 2045</text>`, `fill="rgba(18,53,91,0.07)"`,
				`fill="#fff" stroke="#1f5f99"`, // the estimated point is hollow
				`viewBox="0 0 640 400"`, `aria-hidden="true"`,
			},
			[]string{`id=`, `2.500`}},
		{"bars", bars,
			[]string{`>Châu Thành</text>`, `>Mỹ Tú</text>`, `>25</text>`, `>100</text>`, `>Mục tiêu: trên 95%</text>`, `<rect`},
			[]string{`<circle`}},
		{"legend", legendOption,
			[]string{`>Toàn tỉnh</text>`, `>Mỹ Tú</text>`, `>Xu hướng</text>`, `>12,5</text>`},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svg, err := Draw([]byte(tc.option), Size{640, 400})
			if err != nil {
				t.Fatal(err)
			}
			wellFormed(t, svg)
			for _, w := range tc.want {
				if !bytes.Contains(svg, []byte(w)) {
					t.Errorf("no %s in\n%s", w, svg)
				}
			}
			for _, w := range tc.not {
				if bytes.Contains(svg, []byte(w)) {
					t.Errorf("%s in\n%s", w, svg)
				}
			}
			again, _ := Draw([]byte(tc.option), Size{640, 400})
			if !bytes.Equal(svg, again) {
				t.Error("two drawings of one option differ")
			}
		})
	}
}

// TestLegendRoom: a legend's hollow-circle default and the 12,5 tick come
// from ECharts' rules for what the option leaves out (no interval: a round
// fifth of the span).
func TestScaleDefaults(t *testing.T) {
	for _, tc := range []struct {
		axis axis
		data []float64
		want string
	}{
		{axis{}, []float64{3, 97}, "[0 20 40 60 80 100]"},
		{axis{Min: ptr(6.0), Max: ptr(22.0)}, nil, "[6 9 12 15 18 21 22]"}, // as ECharts draws it
		{axis{Min: ptr(6.0), Max: ptr(22.0), MinInterval: 2, MaxInterval: 2}, nil, "[6 8 10 12 14 16 18 20 22]"},
		{axis{Min: ptr(0.0), Max: ptr(0.3), Interval: 0.1}, nil, "[0 0.1 0.2 0.3]"},
	} {
		var pts []point
		for _, v := range tc.data {
			pts = append(pts, point{Value: v})
		}
		s := newScale(tc.axis, []series{{Data: pts}}, false)
		if got := fmt.Sprint(s.ticks()); got != tc.want {
			t.Errorf("%+v: ticks %s, want %s", tc.axis, got, tc.want)
		}
	}
}

func TestTextIsEscaped(t *testing.T) {
	svg, err := Draw([]byte(`{"title":{"text":"<script>&\""},"xAxis":{"data":["a<b"]},"yAxis":{"type":"value"},
		"series":[{"type":"line","data":[1],"itemStyle":{"color":"red\" onload=\"x"}}]}`), Size{300, 200})
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, svg)
	if bytes.Contains(svg, []byte("<script")) || bytes.Contains(svg, []byte(`" onload`)) {
		t.Errorf("unescaped input in %s", svg)
	}
}

func TestCache(t *testing.T) {
	var c Cache
	a, _ := c.Draw([]byte(line), Size{640, 400})
	b, _ := c.Draw([]byte(line), Size{640, 400})
	c.Draw([]byte(line), Size{320, 400})
	if !bytes.Equal(a, b) || c.Len() != 2 {
		t.Fatalf("cache holds %d drawings", c.Len())
	}
	c.Prune()
	c.Draw([]byte(bars), Size{640, 400})
	c.Prune()
	if c.Len() != 1 {
		t.Errorf("after prune, %d drawings held, want the 1 drawn since", c.Len())
	}
	if _, err := c.Draw([]byte("{"), Size{1, 1}); err == nil {
		t.Error("bad JSON drawn")
	}
}

func wellFormed(t *testing.T, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
	}
}

// FuzzDraw: any JSON either fails to parse or draws well-formed SVG.
func FuzzDraw(f *testing.F) {
	for _, s := range []string{line, bars, legendOption, `{}`, `{"yAxis":{"min":5,"max":5}}`, `{"xAxis":{"data":[]},"series":[{"data":[1e308,-1e308]}]}`,
		`{"title":{"text":"a b c d e f g h i j k l m n o p","textStyle":{"lineHeight":1e308}},"xAxis":{"data":["…",{"value":2030,"textStyle":{"fontWeight":"bold"}},{"value":null}]}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		svg, err := Draw([]byte(s), Size{320, 240})
		if err != nil {
			return
		}
		if !strings.HasPrefix(string(svg), "<svg") || !strings.HasSuffix(string(svg), "</svg>") {
			t.Fatalf("not an SVG: %.80s", svg)
		}
		wellFormed(t, svg)
	})
}

// BenchmarkDraw1000 draws a thousand charts of the site's shape, with no
// cache, as a cold build of a thousand indicators would.
func BenchmarkDraw1000(b *testing.B) {
	opts := make([][]byte, 1000)
	for i := range opts {
		opts[i] = []byte(strings.Replace(line, "1200.5", fmt.Sprint(1000+i), 1))
	}
	for b.Loop() {
		for _, o := range opts {
			if _, err := Draw(o, Size{880, 352}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func ptr[T any](v T) *T { return &v }

// TestLabelsInTheOptionsLanguage: ticks are written as the option's "lang"
// says, Vietnamese without one, as charts.js writes them.
func TestLabelsInTheOptionsLanguage(t *testing.T) {
	for _, tc := range []struct{ lang, want, not string }{
		{``, ">1.250,5<", ">1,250.5<"},
		{`"lang":"vi",`, ">1.250,5<", ">1,250.5<"},
		{`"lang":"en",`, ">1,250.5<", ">1.250,5<"},
	} {
		svg, err := Draw([]byte(`{`+tc.lang+`"xAxis":{"data":["2024"]},"yAxis":{"type":"value","min":0,"max":2501,"interval":1250.5},
			"series":[{"type":"line","data":[1000]}]}`), Size{400, 300})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(svg, []byte(tc.want)) || bytes.Contains(svg, []byte(tc.not)) {
			t.Errorf("option %s: want a tick %s, not %s, in %s", tc.lang, tc.want, tc.not, svg)
		}
	}
}
