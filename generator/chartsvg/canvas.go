package chartsvg

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ECharts' own colours (its default theme in version 6), so the drawing
// matches the chart that replaces it.
const (
	colourAxis     = "#54555a"
	colourSplit    = "#dbdee4"
	colourTitle    = "#3c3c41"
	colourSubtitle = "#86878c"
	colourLegend   = "#3c3c41"
	font           = "sans-serif"
)

// canvas writes SVG elements, coordinates rounded to a tenth of a pixel;
// with png set, it paints them on that image instead, so one layout code
// serves both formats.
type canvas struct {
	w, h float64
	buf  bytes.Buffer
	png  *raster
}

func (c *canvas) open() {
	// aria-hidden: the element around the drawing carries its accessible
	// name, and the table beside it the figures.
	c.buf.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" class="chart-static" viewBox="0 0 `)
	c.buf.WriteString(num(c.w) + " " + num(c.h) + `" width="` + num(c.w) + `" height="` + num(c.h))
	c.buf.WriteString(`" aria-hidden="true" focusable="false" font-family="` + font + `" font-size="12">`)
}

func (c *canvas) close() { c.buf.WriteString(`</svg>`) }

// num writes v with at most one decimal, and never "-0".
func num(v float64) string {
	v = math.Round(v*10) / 10
	if v == 0 {
		v = 0
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// stroke is how a line is drawn.
type stroke struct {
	colour  string
	width   float64
	dash    string // "dashed", "dotted" or ""
	opacity float64
}

func (s stroke) attrs() string {
	a := ` fill="none" stroke="` + attr(s.colour) + `"`
	if s.width != 1 {
		a += ` stroke-width="` + num(s.width) + `"`
	}
	switch s.dash {
	case "dashed": // ECharts' dash is four widths on, two off
		a += ` stroke-dasharray="` + num(4*s.width) + "," + num(2*s.width) + `"`
	case "dotted":
		a += ` stroke-dasharray="` + num(s.width) + "," + num(s.width) + `"`
	}
	if s.opacity > 0 && s.opacity < 1 {
		a += ` stroke-opacity="` + strconv.FormatFloat(s.opacity, 'f', -1, 64) + `"`
	}
	return a
}

func (c *canvas) line(x1, y1, x2, y2 float64, s stroke) {
	if c.png != nil {
		c.png.stroked(x1, y1, x2, y2, s)
		return
	}
	c.buf.WriteString(`<path d="M` + num(x1) + " " + num(y1) + "L" + num(x2) + " " + num(y2) + `"` + s.attrs() + `/>`)
}

// polyline joins points; a NaN y breaks the line there.
func (c *canvas) polyline(xs, ys []float64, s stroke) {
	if c.png != nil {
		c.png.polyline(xs, ys, s)
		return
	}
	var d strings.Builder
	pen := false
	for i := range xs {
		if math.IsNaN(ys[i]) {
			pen = false
			continue
		}
		if pen {
			d.WriteString("L")
		} else {
			d.WriteString("M")
		}
		d.WriteString(num(xs[i]) + " " + num(ys[i]))
		pen = true
	}
	if strings.Contains(d.String(), "L") { // a lone point is no line
		c.buf.WriteString(`<path d="` + d.String() + `"` + s.attrs() + ` stroke-linejoin="bevel"/>`)
	}
}

func (c *canvas) rect(x, y, w, h float64, fill string) {
	if w < 0 {
		x, w = x+w, -w
	}
	if h < 0 {
		y, h = y+h, -h
	}
	if c.png != nil {
		c.png.rect(x, y, w, h, fill)
		return
	}
	c.buf.WriteString(`<rect x="` + num(x) + `" y="` + num(y) + `" width="` + num(w) + `" height="` + num(h) + `" fill="` + attr(fill) + `"/>`)
}

// text writes s with its middle at y; anchor is start, middle or end.
func (c *canvas) text(x, y float64, s, anchor, colour string, size float64, bold bool) {
	if c.png != nil {
		c.png.text(x, y, s, anchor, colour, size, bold)
		return
	}
	c.buf.WriteString(`<text x="` + num(x) + `" y="` + num(y) + `" dominant-baseline="central"`)
	if anchor != "start" {
		c.buf.WriteString(` text-anchor="` + anchor + `"`)
	}
	if size != 12 {
		c.buf.WriteString(` font-size="` + num(size) + `"`)
	}
	if bold {
		c.buf.WriteString(` font-weight="bold"`)
	}
	c.buf.WriteString(` fill="` + attr(colour) + `">` + escape(s) + `</text>`)
}

// symbol draws one of ECharts' point symbols, of the given size, centred
// on x, y; hollow ones ("emptyCircle") are white inside.
func (c *canvas) symbol(kind string, x, y, size float64, colour string) {
	if c.png != nil {
		c.png.symbol(kind, x, y, size, colour)
		return
	}
	r := size / 2
	fill, extra := attr(colour), ""
	if strings.HasPrefix(kind, "empty") {
		kind = strings.ToLower(strings.TrimPrefix(kind, "empty"))
		fill, extra = "#fff", ` stroke="`+attr(colour)+`" stroke-width="2"`
		r -= 1 // the stroke straddles the edge
	}
	var d string
	switch kind {
	case "rect":
		d = "M" + num(x-r) + " " + num(y-r) + "h" + num(2*r) + "v" + num(2*r) + "h" + num(-2*r) + "Z"
	case "roundRect":
		q := r / 4
		d = "M" + num(x-r+q) + " " + num(y-r) + "h" + num(2*r-2*q) + "q" + num(q) + " 0 " + num(q) + " " + num(q) +
			"v" + num(2*r-2*q) + "q0 " + num(q) + " " + num(-q) + " " + num(q) + "h" + num(-2*r+2*q) +
			"q" + num(-q) + " 0 " + num(-q) + " " + num(-q) + "v" + num(-2*r+2*q) + "q0 " + num(-q) + " " + num(q) + " " + num(-q) + "Z"
	case "triangle":
		d = "M" + num(x) + " " + num(y-r) + "L" + num(x+r) + " " + num(y+r) + "L" + num(x-r) + " " + num(y+r) + "Z"
	case "diamond":
		d = "M" + num(x) + " " + num(y-r) + "L" + num(x+r) + " " + num(y) + "L" + num(x) + " " + num(y+r) + "L" + num(x-r) + " " + num(y) + "Z"
	case "pin": // a drop, point down
		d = "M" + num(x) + " " + num(y+r) + "L" + num(x-r*0.8) + " " + num(y-r*0.1) + "A" + num(r*0.85) + " " + num(r*0.85) + " 0 1 1 " + num(x+r*0.8) + " " + num(y-r*0.1) + "Z"
	case "arrow": // a notched arrowhead, point up
		d = "M" + num(x) + " " + num(y-r) + "L" + num(x+r*0.8) + " " + num(y+r) + "L" + num(x) + " " + num(y+r*0.5) + "L" + num(x-r*0.8) + " " + num(y+r) + "Z"
	default: // circle
		c.buf.WriteString(`<circle cx="` + num(x) + `" cy="` + num(y) + `" r="` + num(r) + `" fill="` + fill + `"` + extra + `/>`)
		return
	}
	c.buf.WriteString(`<path d="` + d + `" fill="` + fill + `"` + extra + `/>`)
}

// escape makes s safe as SVG text.
func escape(s string) string { return textEscaper.Replace(s) }

// attr makes s safe inside a double-quoted attribute.
func attr(s string) string { return attrEscaper.Replace(s) }

// The escapers are made once: building one was 2% of the demo's build,
// called for every word and colour of every chart.
var (
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
)

// width estimates how wide s is in a sans-serif font of the given size:
// the advance widths of Arial and its look-alikes, in thousandths of an
// em. A Vietnamese letter is as wide as its base letter, since the marks
// sit above or below it.
func width(s string, size float64, bold bool) float64 {
	var w float64
	for _, r := range s {
		if r >= 0x80 {
			if b := norm.NFD.String(string(r)); b != "" {
				r0, _ := utf8.DecodeRuneInString(b)
				if r0 < 0x80 {
					r = r0
				}
			}
			if r == 'đ' {
				r = 'd'
			} else if r == 'Đ' {
				r = 'D'
			}
		}
		w += advance(r)
	}
	if bold {
		w *= 1.07
	}
	return w * size / 1000
}

func advance(r rune) float64 {
	switch {
	case r >= '0' && r <= '9':
		return 556
	case strings.ContainsRune("iljI.,:;'|!", r):
		return 250
	case strings.ContainsRune("ftr /()[]-·", r):
		return 320
	case strings.ContainsRune("mwMW%", r):
		return 860
	case r >= 'A' && r <= 'Z':
		return 680
	case r >= 'a' && r <= 'z':
		return 540
	case r == '…':
		return 1000
	}
	return 600
}

// truncate cuts s to fit max pixels, ending it with "…" as ECharts does.
func truncate(s string, size float64, bold bool, max float64) string {
	if width(s, size, bold) <= max {
		return s
	}
	rs := []rune(s)
	for n := len(rs) - 1; n > 0; n-- {
		t := strings.TrimRight(string(rs[:n]), " ") + "…"
		if width(t, size, bold) <= max {
			return t
		}
	}
	return "…"
}
