package chartsvg

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"testing"
)

const lineOption = `{"grid":{"left":50,"top":30,"right":20,"bottom":30},"xAxis":{"type":"category","data":["2020","2021","2022","2023"]},"yAxis":{"type":"value","min":0,"max":100,"interval":25,"name":"%"},"series":[{"type":"line","name":"Thực tế","data":[10,30,45,60],"lineStyle":{"color":"#1f5f99"}},{"type":"line","data":[null,null,45,90],"lineStyle":{"type":"dashed","color":"#555555"},"markLine":{"data":[{"yAxis":80}]}}]}`

func testFont(t testing.TB) *Font {
	data, err := os.ReadFile("../../themes/default/fonts/card.ttf")
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFont(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func decode(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// inked counts the pixels of img in r that are not white.
func inked(img image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if c := color.GrayModel.Convert(img.At(x, y)).(color.Gray); c.Y < 250 {
				n++
			}
		}
	}
	return n
}

func TestCard(t *testing.T) {
	f := testFont(t)
	text := CardText{Site: "Minh bạch", Title: "1.1. Tỷ lệ hộ gia đình được sử dụng nước sạch đạt quy chuẩn ở khu vực nông thôn miền núi phía Bắc và Tây Nguyên", Value: "68,2 % (2025)", Status: "Đúng tiến độ", Colour: "#1e6b34"}
	titleBand := image.Rect(60, 90, 1140, 150)
	chartBand := image.Rect(40, 300, 1160, 620)
	for _, c := range []struct {
		name        string
		opt         string
		font        *Font
		words, plot bool
	}{
		{"chart and words", lineOption, f, true, true},
		{"no chart (a milestone)", "", f, true, false},
		{"no font: the chart without words", lineOption, nil, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := Card([]byte(c.opt), text, c.font)
			if err != nil {
				t.Fatal(err)
			}
			img := decode(t, b)
			if got := img.Bounds().Size(); got != image.Pt(CardWidth, CardHeight) {
				t.Fatalf("size %v, want %dx%d", got, CardWidth, CardHeight)
			}
			if got := inked(img, titleBand) > 500; got != c.words {
				t.Errorf("title drawn: %v, want %v", got, c.words)
			}
			if got := inked(img, chartBand) > 2000; got != c.plot {
				t.Errorf("chart drawn: %v, want %v", got, c.plot)
			}
			again, _ := Card([]byte(c.opt), text, c.font)
			if !bytes.Equal(b, again) {
				t.Error("two draws differ")
			}
		})
	}
}

func TestPNG(t *testing.T) {
	b, err := PNG([]byte(lineOption), Size{Width: 400, Height: 200}, 2, testFont(t))
	if err != nil {
		t.Fatal(err)
	}
	img := decode(t, b)
	if got := img.Bounds().Size(); got != image.Pt(800, 400) {
		t.Fatalf("size %v, want 800x400", got)
	}
	// The line series' colour is on the plot: the drawing is the chart's.
	blue := 0
	for y := 0; y < 400; y++ {
		for x := 0; x < 800; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if r>>8 < 0x40 && g>>8 > 0x50 && g>>8 < 0x70 && b>>8 > 0x90 {
				blue++
			}
		}
	}
	if blue < 500 {
		t.Errorf("%d pixels of the series' blue, want a line of them", blue)
	}
	for _, bad := range []struct {
		opt  string
		size Size
	}{{"{", Size{10, 10}}, {lineOption, Size{0, 10}}} {
		if _, err := PNG([]byte(bad.opt), bad.size, 1, nil); err == nil {
			t.Errorf("PNG(%q, %v): no error", bad.opt, bad.size)
		}
	}
}

func TestParseColour(t *testing.T) {
	for _, c := range []struct {
		in      string
		opacity float64
		want    color.NRGBA
	}{
		{"#1f5f99", 1, color.NRGBA{0x1f, 0x5f, 0x99, 0xff}},
		{"#fff", 0, color.NRGBA{0xff, 0xff, 0xff, 0xff}},
		{"rgba(166,58,0,0.12)", 1, color.NRGBA{166, 58, 0, 31}},
		{"rgb(1, 2, 3)", 0.5, color.NRGBA{1, 2, 3, 128}},
	} {
		if got := parseColour(c.in, c.opacity); got != c.want {
			t.Errorf("parseColour(%q, %v) = %v, want %v", c.in, c.opacity, got, c.want)
		}
	}
}

func BenchmarkCard(b *testing.B) {
	f := testFont(b)
	for b.Loop() {
		Card([]byte(lineOption), CardText{Title: "Tỷ lệ hộ gia đình", Value: "1", Status: "Đạt"}, f)
	}
}

// TestCachePictures: a picture is painted once per option and words, and
// the font is part of what it is cached by.
func TestCachePictures(t *testing.T) {
	f := testFont(t)
	var c Cache
	text := CardText{Title: "Tỷ lệ", Status: "Đạt"}
	first, _ := c.Card([]byte(lineOption), text, f)
	again, _ := c.Card([]byte(lineOption), text, f)
	if !bytes.Equal(first, again) || c.Len() != 1 {
		t.Fatalf("same card twice: %d cached, want 1", c.Len())
	}
	text.Status = "Chậm"
	c.Card([]byte(lineOption), text, f)
	c.Card([]byte(lineOption), text, nil)
	c.PNG([]byte(lineOption), Size{Width: 100, Height: 50}, 1, f)
	c.Draw([]byte(lineOption), Size{Width: 100, Height: 50})
	if c.Len() != 5 {
		t.Errorf("%d cached, want 5: other words, no font, a PNG and an SVG are each their own", c.Len())
	}
}

// TestCacheFont: a cache parses a font once and keeps the glyphs it
// drew; another font's file is parsed anew.
func TestCacheFont(t *testing.T) {
	data, err := os.ReadFile("../../themes/default/fonts/card.ttf")
	if err != nil {
		t.Fatal(err)
	}
	var c Cache
	a, err := c.Font(data)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := c.Font(bytes.Clone(data)); b != a {
		t.Error("the same font's bytes parsed again")
	}
	if _, err := c.Font(data[:100]); err == nil {
		t.Error("a truncated font parsed")
	}
	if b, _ := c.Font(data); b != a {
		t.Error("a bad font pushed out the good one")
	}
}
