package chartsvg

import (
	"bytes"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"testing"

	"golang.org/x/image/vector"
)

// TestEncode: what encode writes, image/png reads back as the same pixels,
// for shapes that exercise repeated rows, runs, odd widths and an image
// with transparency (which goes to image/png).
func TestEncode(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		pix  func(x, y int) color.RGBA
	}{
		{"white", 40, 30, func(x, y int) color.RGBA { return color.RGBA{255, 255, 255, 255} }},
		{"one pixel", 1, 1, func(x, y int) color.RGBA { return color.RGBA{1, 2, 3, 255} }},
		{"one column", 1, 50, func(x, y int) color.RGBA { return color.RGBA{uint8(y), 0, 9, 255} }},
		{"noise", 97, 31, func(x, y int) color.RGBA {
			v := uint32(x*7919+y*104729) * 2654435761
			return color.RGBA{uint8(v), uint8(v >> 8), uint8(v >> 16), 255}
		}},
		{"bands", 300, 120, func(x, y int) color.RGBA { // rows repeat in runs, as a chart's do
			if y/10%2 == 0 {
				return color.RGBA{31, 95, 153, 255}
			}
			return color.RGBA{uint8(x), 255, 255, 255}
		}},
		{"transparent", 20, 20, func(x, y int) color.RGBA { return color.RGBA{uint8(x), uint8(y), 0, uint8(10 * x)} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img := image.NewRGBA(image.Rect(0, 0, tc.w, tc.h))
			for y := 0; y < tc.h; y++ {
				for x := 0; x < tc.w; x++ {
					img.SetRGBA(x, y, tc.pix(x, y))
				}
			}
			b, err := encode(img)
			if err != nil {
				t.Fatal(err)
			}
			if !img.Opaque() {
				// image/png's own bytes: it keeps the alpha
				var std bytes.Buffer
				(&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&std, img)
				if !bytes.Equal(b, std.Bytes()) {
					t.Error("an image not opaque is not image/png's")
				}
				return
			}
			got, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if got.Bounds() != img.Bounds() {
				t.Fatalf("bounds %v, want %v", got.Bounds(), img.Bounds())
			}
			for y := 0; y < tc.h; y++ {
				for x := 0; x < tc.w; x++ {
					if g, w := color.RGBAModel.Convert(got.At(x, y)), img.At(x, y); g != w {
						t.Fatalf("pixel (%d,%d) = %v, want %v", x, y, g, w)
					}
				}
			}
			again, _ := encode(img)
			if !bytes.Equal(b, again) {
				t.Error("two encodings of one image differ")
			}
		})
	}
}

// TestEncodeSmaller: the writer's files are within a tenth of image/png's
// at its fastest level for a chart, so the speed costs few bytes (on the
// demo's 71 pictures they are a tenth smaller).
func TestEncodeSmaller(t *testing.T) {
	img := blank(800, 400)
	r := &raster{img: img, scale: 2, font: testFont(t).sfnt()}
	if err := paint(img, []byte(lineOption), Size{Width: 400, Height: 200}, r); err != nil {
		t.Fatal(err)
	}
	ours, err := encode(img)
	if err != nil {
		t.Fatal(err)
	}
	var std bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&std, img); err != nil {
		t.Fatal(err)
	}
	if len(ours) > std.Len()*11/10 {
		t.Errorf("%d bytes, image/png %d", len(ours), std.Len())
	}
}

// TestFillRect: a rectangle painted by fillRect is the rasterizer's to
// the byte inside and within one step of 255 on its edges, over a ground
// that is not uniform.
func TestFillRect(t *testing.T) {
	for _, tc := range []struct {
		name           string
		x0, y0, x1, y1 float64
		col            color.Color
	}{
		{"whole pixels", 3, 4, 40, 20, color.NRGBA{31, 95, 153, 255}},
		{"halves", 2.5, 3.5, 30.5, 17.5, color.NRGBA{166, 58, 0, 31}},
		{"thin", 10.2, 1, 10.7, 30, color.NRGBA{0, 0, 0, 200}},
		{"past the edge", -5.3, -2.1, 70, 60, color.NRGBA{30, 107, 52, 128}},
		{"outside", 100, 100, 120, 120, color.NRGBA{1, 2, 3, 255}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ground := func() *image.RGBA {
				img := image.NewRGBA(image.Rect(0, 0, 64, 48))
				for i := range img.Pix {
					img.Pix[i] = uint8(i / 4 * 37)
					if i%4 == 3 {
						img.Pix[i] = 255
					}
				}
				return img
			}
			got, want := ground(), ground()
			fillRect(got, tc.x0, tc.y0, tc.x1, tc.y1, tc.col)
			box := image.Rect(int(tc.x0)-1, int(tc.y0)-1, int(tc.x1)+2, int(tc.y1)+2).Intersect(want.Bounds())
			if !box.Empty() {
				var z vector.Rasterizer
				z.Reset(box.Dx(), box.Dy())
				z.MoveTo(float32(tc.x0-float64(box.Min.X)), float32(tc.y0-float64(box.Min.Y)))
				z.LineTo(float32(tc.x1-float64(box.Min.X)), float32(tc.y0-float64(box.Min.Y)))
				z.LineTo(float32(tc.x1-float64(box.Min.X)), float32(tc.y1-float64(box.Min.Y)))
				z.LineTo(float32(tc.x0-float64(box.Min.X)), float32(tc.y1-float64(box.Min.Y)))
				z.ClosePath()
				z.Draw(want, box, image.NewUniform(tc.col), image.Point{})
			}
			inner := image.Rect(int(tc.x0)+1, int(tc.y0)+1, int(tc.x1)-1, int(tc.y1)-1)
			for y := 0; y < 48; y++ {
				for x := 0; x < 64; x++ {
					g, w := got.RGBAAt(x, y), want.RGBAAt(x, y)
					d := max(diff(g.R, w.R), diff(g.G, w.G), diff(g.B, w.B), diff(g.A, w.A))
					if d > 1 || (d > 0 && image.Pt(x, y).In(inner)) {
						t.Fatalf("pixel (%d,%d) = %v, the rasterizer's %v", x, y, g, w)
					}
				}
			}
		})
	}
}

func diff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// TestBlank: an image from the pool is white however it was left.
func TestBlank(t *testing.T) {
	img := blank(30, 20)
	img.Pix[17] = 3
	blanks.Put(img)
	again := blank(20, 10)
	for i, v := range again.Pix {
		if v != 0xff {
			t.Fatalf("byte %d is %d, want 255", i, v)
		}
	}
	if again.Bounds() != image.Rect(0, 0, 20, 10) {
		t.Errorf("bounds %v", again.Bounds())
	}
}

func BenchmarkEncode(b *testing.B) {
	img := blank(CardWidth, CardHeight)
	r := &raster{img: img, scale: 2, font: testFont(b).sfnt()}
	if err := paint(img, []byte(lineOption), Size{Width: CardWidth / 2, Height: CardHeight / 2}, r); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		encode(img)
	}
}

// TestAdlerCombine: the checksum of two parts put together is that of the
// whole, for parts empty, short and past the modulus.
func TestAdlerCombine(t *testing.T) {
	long := bytes.Repeat([]byte{0xff, 0x01, 0x7f}, 40000)
	for _, tc := range []struct{ a, b []byte }{
		{nil, nil}, {[]byte("a"), nil}, {nil, []byte("b")},
		{[]byte("Chỉ tiêu"), []byte(" 2030")}, {long, long[:70001]}, {long[:3], long},
	} {
		want := adler32.Checksum(append(append([]byte{}, tc.a...), tc.b...))
		if got := adlerCombine(adler32.Checksum(tc.a), adler32.Checksum(tc.b), len(tc.b)); got != want {
			t.Errorf("parts of %d and %d bytes: %08x, want %08x", len(tc.a), len(tc.b), got, want)
		}
	}
}
