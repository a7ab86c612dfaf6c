package chartsvg

import (
	"image"
	idraw "image/draw"
	"sync"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// glyphs keeps the masks of the glyphs a font has drawn, for every
// picture painted with it: the same digits and words come back on every
// axis, and rasterizing a glyph was two thirds of writing the words (a
// tenth of a build). A glyph's mask depends only on its rune, its size
// and where the dot falls inside a pixel (opentype.Face.Glyph rounds the
// rest away), so a mask made for one place is exact for any other with
// the same fraction.
type glyphs struct {
	mu sync.RWMutex
	m  map[glyphKey]*glyph
}

type glyphKey struct {
	size   float64 // in device pixels
	r      rune
	fx, fy fixed.Int26_6 // the dot's fraction of a pixel, 0 to 63
}

type glyph struct {
	dr      image.Rectangle // with the dot at its fraction of pixel (0, 0)
	mask    *image.Alpha
	advance fixed.Int26_6
}

// drawString is xfont.Drawer.DrawString with the same kerning and
// advances, but each glyph drawn at its dot snapped (snap), from the masks
// in g (a fresh g when nil).
//
// Snapping is what makes the masks worth keeping: with the dot anywhere
// in a pixel, a glyph has 4,096 masks (64 × 64 fractions) and almost
// every glyph drawn was a new one; snapped, it has four, and all but the
// first few words of a build are drawn from masks already made.
func (g *glyphs) drawString(d *xfont.Drawer, size float64, s string) {
	if g == nil {
		g = &glyphs{}
	}
	prev := rune(-1)
	for _, c := range s {
		if prev >= 0 {
			d.Dot.X += d.Face.Kern(prev, c)
		}
		at := snap(d.Dot)
		gl := g.get(d.Face, size, at, c)
		dr := gl.dr.Add(image.Pt(int(at.X>>6), int(at.Y>>6)))
		if !dr.Empty() {
			idraw.DrawMask(d.Dst, dr, d.Src, image.Point{}, gl.mask, gl.mask.Rect.Min, idraw.Over)
		}
		d.Dot.X += gl.advance
		prev = c
	}
}

// snap rounds a dot to the nearest quarter of a pixel across and the
// nearest whole pixel down: a step too small to see in a glyph's place,
// and text on a whole-pixel baseline is as crisp as it gets unhinted.
func snap(p fixed.Point26_6) fixed.Point26_6 {
	return fixed.Point26_6{X: (p.X + 8) &^ 15, Y: (p.Y + 32) &^ 63}
}

func (g *glyphs) get(f xfont.Face, size float64, dot fixed.Point26_6, c rune) *glyph {
	k := glyphKey{size: size, r: c, fx: dot.X & 63, fy: dot.Y & 63}
	g.mu.RLock()
	gl, ok := g.m[k]
	g.mu.RUnlock()
	if ok {
		return gl
	}
	// Drawn with the dot at its fraction of pixel (0, 0); the face's mask
	// is its own buffer, reused at its next glyph, so it is copied.
	dr, mask, maskp, advance, _ := f.Glyph(fixed.Point26_6{X: k.fx, Y: k.fy}, c)
	a := image.NewAlpha(image.Rectangle{Max: dr.Size()})
	if src, ok := mask.(*image.Alpha); ok && !dr.Empty() {
		for y := range a.Rect.Dy() {
			i := src.PixOffset(maskp.X, maskp.Y+y)
			copy(a.Pix[y*a.Stride:(y+1)*a.Stride], src.Pix[i:])
		}
	} else if !dr.Empty() && mask != nil {
		idraw.Draw(a, a.Rect, mask, maskp, idraw.Src)
	}
	gl = &glyph{dr: dr, mask: a, advance: advance}
	g.mu.Lock()
	if g.m == nil {
		g.m = map[glyphKey]*glyph{}
	}
	g.m[k] = gl // the same as any other goroutine's for k
	g.mu.Unlock()
	return gl
}
