package chartsvg

import (
	"image"
	"image/color"
	"math"
	"strconv"
	"strings"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
	"golang.org/x/text/unicode/norm"
)

// raster paints what canvas would write as SVG onto an image, so a PNG
// (the social preview, the download) is the same drawing as the page's.
// Coordinates are in the drawing's pixels, times scale.
type raster struct {
	img    *image.RGBA
	x, y   float64 // where the drawing's origin falls on img
	scale  float64
	font   *sfnt.Font
	glyphs *glyphs // the font's, shared between pictures; nil for none
	faces  map[float64]xfont.Face
	z      *vector.Rasterizer // reused between shapes
}

// fill paints the polygon pts. The rasterizer covers only the polygon's
// bounding box: one as big as the image would cost a pass over every
// pixel for each dash of a line.
func (r *raster) fill(pts [][2]float64, col color.Color) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		x, y := r.x+p[0]*r.scale, r.y+p[1]*r.scale
		x0, y0, x1, y1 = math.Min(x0, x), math.Min(y0, y), math.Max(x1, x), math.Max(y1, y)
	}
	box := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))).Intersect(r.img.Bounds())
	if box.Empty() {
		return
	}
	if r.z == nil {
		r.z = &vector.Rasterizer{}
	}
	r.z.Reset(box.Dx(), box.Dy())
	for i, p := range pts {
		x, y := float32(r.x+p[0]*r.scale-float64(box.Min.X)), float32(r.y+p[1]*r.scale-float64(box.Min.Y))
		if i == 0 {
			r.z.MoveTo(x, y)
		} else {
			r.z.LineTo(x, y)
		}
	}
	r.z.ClosePath()
	r.z.Draw(r.img, box, image.NewUniform(col), image.Point{})
}

// segment strokes one straight piece as a quadrilateral w wide.
func (r *raster) segment(x1, y1, x2, y2, w float64, col color.Color) {
	dx, dy := x2-x1, y2-y1
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	r.fill([][2]float64{{x1 + nx, y1 + ny}, {x2 + nx, y2 + ny}, {x2 - nx, y2 - ny}, {x1 - nx, y1 - ny}}, col)
}

// stroked draws the line from a to b as s says, dashes included.
func (r *raster) stroked(x1, y1, x2, y2 float64, s stroke) {
	col := parseColour(s.colour, s.opacity)
	on, off := 0.0, 0.0
	switch s.dash {
	case "dashed":
		on, off = 4*s.width, 2*s.width
	case "dotted":
		on, off = s.width, s.width
	}
	l := math.Hypot(x2-x1, y2-y1)
	if on == 0 || l == 0 {
		r.segment(x1, y1, x2, y2, s.width, col)
		return
	}
	ux, uy := (x2-x1)/l, (y2-y1)/l
	for t := 0.0; t < l; t += on + off {
		e := math.Min(t+on, l)
		r.segment(x1+ux*t, y1+uy*t, x1+ux*e, y1+uy*e, s.width, col)
	}
}

func (r *raster) circle(x, y, radius float64, col color.Color) {
	const n = 32
	pts := make([][2]float64, n)
	for i := range pts {
		a := 2 * math.Pi * float64(i) / n
		pts[i] = [2]float64{x + radius*math.Cos(a), y + radius*math.Sin(a)}
	}
	r.fill(pts, col)
}

func (r *raster) polyline(xs, ys []float64, s stroke) {
	for i := 1; i < len(xs); i++ {
		if math.IsNaN(ys[i]) || math.IsNaN(ys[i-1]) {
			continue
		}
		r.stroked(xs[i-1], ys[i-1], xs[i], ys[i], s)
		if s.dash == "" && i+1 < len(xs) && !math.IsNaN(ys[i+1]) {
			// a round join, so a bend has no notch
			r.circle(xs[i], ys[i], s.width/2, parseColour(s.colour, s.opacity))
		}
	}
}

func (r *raster) rect(x, y, w, h float64, fill string) {
	x0, y0 := r.x+x*r.scale, r.y+y*r.scale
	fillRect(r.img, x0, y0, x0+w*r.scale, y0+h*r.scale, parseColour(fill, 1))
}

// symbol draws ECharts' point symbols; every kind but a circle is drawn
// as a diamond, too small at these sizes to tell apart.
func (r *raster) symbol(kind string, x, y, size float64, colour string) {
	col := parseColour(colour, 1)
	rad := size / 2
	hollow := strings.HasPrefix(kind, "empty")
	kind = strings.ToLower(strings.TrimPrefix(kind, "empty"))
	shape := func(rad float64, c color.Color) {
		switch kind {
		case "rect", "roundrect":
			r.fill([][2]float64{{x - rad, y - rad}, {x + rad, y - rad}, {x + rad, y + rad}, {x - rad, y + rad}}, c)
		case "triangle":
			r.fill([][2]float64{{x, y - rad}, {x + rad, y + rad}, {x - rad, y + rad}}, c)
		case "diamond", "arrow", "pin":
			r.fill([][2]float64{{x, y - rad}, {x + rad, y}, {x, y + rad}, {x - rad, y}}, c)
		default:
			r.circle(x, y, rad, c)
		}
	}
	shape(rad, col)
	if hollow {
		shape(rad-2, color.White)
	}
}

// face is the font at size pixels (of the drawing), made once.
func (r *raster) face(size float64) xfont.Face {
	if f, ok := r.faces[size]; ok {
		return f
	}
	f, err := opentype.NewFace(r.font, &opentype.FaceOptions{Size: size * r.scale, DPI: 72, Hinting: xfont.HintingNone})
	if err != nil {
		return nil
	}
	if r.faces == nil {
		r.faces = map[float64]xfont.Face{}
	}
	r.faces[size] = f
	return f
}

// text writes s with its middle at y, as canvas.text does. The font has
// one weight, so bold text is drawn twice, a pixel apart.
func (r *raster) text(x, y float64, s, anchor, colour string, size float64, bold bool) {
	if r.font == nil {
		return
	}
	f := r.face(size)
	if f == nil {
		return
	}
	s = norm.NFC.String(s) // the font has Vietnamese letters precomposed
	d := xfont.Drawer{Dst: r.img, Src: image.NewUniform(parseColour(colour, 1)), Face: f}
	w := float64(d.MeasureString(s)) / 64
	px := r.x + x*r.scale
	switch anchor {
	case "middle":
		px -= w / 2
	case "end":
		px -= w
	}
	m := f.Metrics()
	py := r.y + y*r.scale + float64(m.Ascent-m.Descent)/64/2
	d.Dot = fixed.Point26_6{X: fixed.Int26_6(math.Round(px * 64)), Y: fixed.Int26_6(math.Round(py * 64))}
	r.glyphs.drawString(&d, size*r.scale, s)
	if bold {
		d.Dot = fixed.Point26_6{X: fixed.Int26_6(math.Round((px + r.scale*0.6) * 64)), Y: fixed.Int26_6(math.Round(py * 64))}
		r.glyphs.drawString(&d, size*r.scale, s)
	}
}

// parseColour reads the colours options use: #rgb, #rrggbb, rgb() and
// rgba(); anything else is grey, so an odd colour shows rather than fails.
func parseColour(s string, opacity float64) color.Color {
	if opacity <= 0 || opacity > 1 {
		opacity = 1
	}
	var c [4]float64
	c[3] = 1
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "#") && (len(s) == 4 || len(s) == 7):
		h := s[1:]
		if len(h) == 3 {
			h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
		}
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			return color.Gray{Y: 0x88}
		}
		c[0], c[1], c[2] = float64(v>>16), float64(v>>8&0xff), float64(v&0xff)
	case strings.HasPrefix(s, "rgb"):
		i, j := strings.IndexByte(s, '('), strings.IndexByte(s, ')')
		if i < 0 || j < i {
			return color.Gray{Y: 0x88}
		}
		for k, p := range strings.Split(s[i+1:j], ",") {
			if k < 4 {
				c[k], _ = strconv.ParseFloat(strings.TrimSpace(p), 64)
			}
		}
	default:
		return color.Gray{Y: 0x88}
	}
	a := c[3] * opacity
	b := func(v float64) uint8 { return uint8(math.Round(math.Max(0, math.Min(255, v)))) }
	return color.NRGBA{R: b(c[0]), G: b(c[1]), B: b(c[2]), A: b(a * 255)}
}
