package chartsvg

import (
	"bytes"
	"image"
	"image/color"
	idraw "image/draw"
	"testing"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// TestGlyphsMatchDrawer: words drawn with the glyph cache are the pixels
// of x/image's own face, each glyph drawn at its dot snapped, at whole
// and fractional dots, past the image's edge, and again once the cache
// holds every glyph; the dot ends where x/image's Drawer ends it (the same
// kerning and advances); and a glyph keeps at most four masks a size.
func TestGlyphsMatchDrawer(t *testing.T) {
	face, err := opentype.NewFace(testFont(t).sfnt(), &opentype.FaceOptions{Size: 23, DPI: 72, Hinting: xfont.HintingNone})
	if err != nil {
		t.Fatal(err)
	}
	g := &glyphs{}
	runes := map[rune]bool{}
	for _, dot := range []fixed.Point26_6{
		{X: fixed.I(10), Y: fixed.I(40)},
		{X: fixed.I(10) + 17, Y: fixed.I(40) + 45},
		{X: fixed.I(300) + 63, Y: fixed.I(41) + 1}, // the same fractions elsewhere
		{X: -fixed.I(12) + 5, Y: fixed.I(8) + 30},  // past the left and top edges
		{X: fixed.I(10) + 17, Y: fixed.I(40) + 45}, // all cached
		{X: fixed.I(7) + 41, Y: fixed.I(33) + 9},
	} {
		for _, s := range []string{"Tỷ lệ hộ nghèo 2030: 1,5%", "AVAWAY", ""} {
			want, got := image.NewRGBA(image.Rect(0, 0, 400, 60)), image.NewRGBA(image.Rect(0, 0, 400, 60))
			src := image.NewUniform(color.NRGBA{31, 95, 153, 255})
			drawSnapped(want, src, face, dot, s)
			d := &xfont.Drawer{Dst: got, Src: src, Face: face, Dot: dot}
			g.drawString(d, 23, s)
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Errorf("%q at %v: the pixels differ from the face's", s, dot)
			}
			if end := (&xfont.Drawer{Face: face, Dot: dot}).MeasureString(s) + dot.X; d.Dot.X != end {
				t.Errorf("%q at %v: the dot ends at %v, want %v", s, dot, d.Dot.X, end)
			}
			for _, c := range s {
				runes[c] = true
			}
		}
	}
	if len(g.m) == 0 || len(g.m) > 4*len(runes) {
		t.Errorf("%d masks cached for %d glyphs, want some and at most four each", len(g.m), len(runes))
	}
}

// drawSnapped draws s as xfont.Drawer does, glyph by glyph from the face,
// with each glyph's dot snapped.
func drawSnapped(dst *image.RGBA, src image.Image, face xfont.Face, dot fixed.Point26_6, s string) {
	prev := rune(-1)
	for _, c := range s {
		if prev >= 0 {
			dot.X += face.Kern(prev, c)
		}
		dr, mask, maskp, advance, ok := face.Glyph(snap(dot), c)
		if ok {
			idraw.DrawMask(dst, dr, src, image.Point{}, mask, maskp, idraw.Over)
		}
		dot.X += advance
		prev = c
	}
}

// TestSnap: dots round to the nearest quarter pixel across and whole
// pixel down, below zero too.
func TestSnap(t *testing.T) {
	for _, c := range []struct{ in, want fixed.Point26_6 }{
		{fixed.Point26_6{X: 0, Y: 0}, fixed.Point26_6{X: 0, Y: 0}},
		{fixed.Point26_6{X: 7, Y: 31}, fixed.Point26_6{X: 0, Y: 0}},
		{fixed.Point26_6{X: 8, Y: 32}, fixed.Point26_6{X: 16, Y: 64}},
		{fixed.Point26_6{X: 64 + 57, Y: 64 + 33}, fixed.Point26_6{X: 128, Y: 128}},
		{fixed.Point26_6{X: -7, Y: -33}, fixed.Point26_6{X: 0, Y: -64}},
		{fixed.Point26_6{X: -9, Y: -31}, fixed.Point26_6{X: -16, Y: 0}},
	} {
		if got := snap(c.in); got != c.want {
			t.Errorf("snap(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
