package chartsvg

import (
	"bytes"
	"image"
	"image/color"
	"testing"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// TestGlyphsMatchDrawer: words drawn with the glyph cache are the pixels
// of x/image's own Drawer, at whole and fractional dots, past the image's
// edge, and again once the cache holds every glyph.
func TestGlyphsMatchDrawer(t *testing.T) {
	face, err := opentype.NewFace(testFont(t).sfnt(), &opentype.FaceOptions{Size: 23, DPI: 72, Hinting: xfont.HintingNone})
	if err != nil {
		t.Fatal(err)
	}
	g := &glyphs{}
	for _, dot := range []fixed.Point26_6{
		{X: fixed.I(10), Y: fixed.I(40)},
		{X: fixed.I(10) + 17, Y: fixed.I(40) + 45},
		{X: fixed.I(300) + 63, Y: fixed.I(41) + 1}, // the same fractions elsewhere
		{X: -fixed.I(12) + 5, Y: fixed.I(8) + 30},  // past the left and top edges
		{X: fixed.I(10) + 17, Y: fixed.I(40) + 45}, // all cached
	} {
		for _, s := range []string{"Tỷ lệ hộ nghèo 2030: 1,5%", "AVAWAY", ""} {
			want, got := image.NewRGBA(image.Rect(0, 0, 400, 60)), image.NewRGBA(image.Rect(0, 0, 400, 60))
			src := image.NewUniform(color.NRGBA{31, 95, 153, 255})
			(&xfont.Drawer{Dst: want, Src: src, Face: face, Dot: dot}).DrawString(s)
			d := &xfont.Drawer{Dst: got, Src: src, Face: face, Dot: dot}
			g.drawString(d, 23, s)
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Errorf("%q at %v: the pixels differ from the Drawer's", s, dot)
			}
			if end := (&xfont.Drawer{Face: face, Dot: dot}).MeasureString(s) + dot.X; d.Dot.X != end {
				t.Errorf("%q at %v: the dot ends at %v, want %v", s, dot, d.Dot.X, end)
			}
		}
	}
	if len(g.m) == 0 {
		t.Error("no glyph cached")
	}
}
