package chartsvg

import (
	"image"
	"image/color"
	"math"
)

// fillRect paints the axis-aligned rectangle from (x0, y0) to (x1, y1), in
// img's pixels, in col over what is there: what fill does for four
// corners, without the rasterizer. A chart's bands and bars are large
// rectangles, and the rasterizer's pass over every pixel of them in
// floating point was a fifth of the demo's painting. Here a pixel's
// coverage is its overlap with the rectangle across times its overlap
// down, turned into a 16-bit mask and blended by the rasterizer's own
// formula (vector's rasterizeDstRGBASrcUniformOpOver), so the pixels
// inside are the rasterizer's exactly and those on the edges within one
// step in 65,535 of coverage.
func fillRect(img *image.RGBA, x0, y0, x1, y1 float64, col color.Color) {
	box := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))).Intersect(img.Bounds())
	if box.Empty() {
		return
	}
	sr, sg, sb, sa := col.RGBA()
	// Inside, every pixel gets the full mask: a table per channel turns the
	// blend into four look-ups.
	var full [4][256]uint8
	for v := range 256 {
		for c, s := range [4]uint32{sr, sg, sb, sa} {
			full[c][v] = over(uint8(v), s, sa, 0xffff)
		}
	}
	// The columns' overlaps are the same on every row: work them out once.
	cols := make([]float64, box.Dx())
	for i := range cols {
		cols[i] = overlap(box.Min.X+i, x0, x1)
	}
	for py := box.Min.Y; py < box.Max.Y; py++ {
		cy := overlap(py, y0, y1)
		row := img.Pix[img.PixOffset(box.Min.X, py):img.PixOffset(box.Max.X, py)]
		// A band is drawn over runs of one colour: the pixel blended last
		// is likely the next one too.
		var lastIn, lastOut [4]uint8
		have := false
		for i, cx := range cols {
			p := (*[4]uint8)(row[4*i:])
			c := cy * cx
			if c >= 1 {
				if !have || *p != lastIn {
					lastIn, have = *p, true
					lastOut = [4]uint8{full[0][p[0]], full[1][p[1]], full[2][p[2]], full[3][p[3]]}
				}
				*p = lastOut
				continue
			}
			ma := uint32(almost65536 * float32(c))
			for i, s := range [4]uint32{sr, sg, sb, sa} {
				p[i] = over(p[i], s, sa, ma)
			}
		}
	}
}

// almost65536 is vector's scale from a coverage in [0, 1] to a mask in
// [0, 0xffff]: just under 65,536, so a coverage of 1 less a rounding error
// still gives 0xffff.
const almost65536 = 65535.996

// overlap is how much of the pixel [p, p+1) lies in [lo, hi).
func overlap(p int, lo, hi float64) float64 {
	return math.Max(0, math.Min(float64(p+1), hi)-math.Max(float64(p), lo))
}

// over blends one channel d of the destination with the premultiplied
// source channel s of alpha sa under the mask ma, as vector does.
func over(d uint8, s, sa, ma uint32) uint8 {
	a := 0xffff - (sa * ma / 0xffff)
	return uint8(((uint32(d)*0x101*a + s*ma) / 0xffff) >> 8)
}
