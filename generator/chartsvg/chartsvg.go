// Package chartsvg draws a chart's ECharts option as a static SVG, at build
// time, in the look ECharts gives it in the browser.
//
// The option is the one source of truth of a chart: package chart builds
// it with go-echarts, the page embeds it for the interactive runtime, and
// this package reads the same JSON to draw the picture that readers see
// before any JavaScript (and without it, in print, in a feed reader). When
// a reader touches the chart, the runtime replaces the drawing in place.
//
// Only the part of ECharts' option language that the site's charts use is
// read, and the rest is ignored:
//
//	title       text, subtext (left-aligned, 14 px bold and 12 px); a
//	            long text wraps between words, each line textStyle's
//	            lineHeight high, and pushes the plot down as many lines
//	grid        left, top, right, bottom in pixels; containLabel
//	legend      show, at the bottom, one item per series
//	xAxis/yAxis type "category" with data (a string, or {"value",
//	            "textStyle": {"fontWeight": "bold"}}), or "value" with
//	            min, max and interval (package chart always sets all
//	            three, so ECharts and this package place the same ticks);
//	            name at the end. Category labels along the bottom are
//	            thinned by one rule, shared with charts.js (labels.go)
//	series      "line" (symbol, symbolSize, connectNulls, lineStyle with
//	            type dashed or dotted and opacity, per-point symbol) and
//	            "bar" (horizontal, on a category y axis)
//	markLine    yAxis or xAxis lines, and coord pairs; label positions
//	            insideStartTop, insideEndTop, end
//	markArea    bands between two xAxis categories or two yAxis values;
//	            label positions insideBottom, insideTopLeft
//
//	lang        the language of the figures, "en" (not ECharts' own:
//	            package chart adds it for another edition than Vietnamese)
//
// Numbers on value axes are written in the option's language, Vietnamese
// (6.400; 98,5) when it has none, as the interactive chart writes them
// with Intl.NumberFormat (charts.js reads the same key). Text widths
// are estimated from a table of a sans-serif font's advance widths, since
// the build has no font to measure with; labels are placed as ECharts
// places them, so the two pictures differ by a pixel or two, not in layout.
//
// PNG and Card paint the same drawing on an image, with a font the caller
// gives (text is drawn, not estimated, there), for downloads and social
// previews.
//
// Draw is pure: the same option and size give the same bytes, and the SVG
// holds no IDs at all, so nothing in it can differ between two builds or
// collide with another chart on the same page.
package chartsvg

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"sync"
)

// Size is the size a chart is drawn at, in CSS pixels; the page scales the
// drawing to its column's width.
type Size struct{ Width, Height int }

// Draw renders option (ECharts option JSON) as SVG markup of the given size.
func Draw(opt []byte, size Size) ([]byte, error) {
	var o option
	if err := json.Unmarshal(opt, &o); err != nil {
		return nil, fmt.Errorf("chartsvg: %v", err)
	}
	if size.Width <= 0 || size.Height <= 0 {
		return nil, fmt.Errorf("chartsvg: size %dx%d", size.Width, size.Height)
	}
	c := &canvas{w: float64(size.Width), h: float64(size.Height)}
	c.open()
	draw(c, &o)
	c.close()
	return c.buf.Bytes(), nil
}

// Cache keeps drawings by the hash of their option, size and words, so a rebuild
// in the preview draws only the charts whose option changed. It holds
// only what the last Prune kept, so it does not grow across edits.
type Cache struct {
	mu   sync.Mutex
	m    map[[32]byte][]byte
	used map[[32]byte]bool
	sums map[[32]byte][32]byte // the SHA-256 of a picture's bytes, for Manifest
	font *Font                 // the last parsed, whose glyphs the next build draws again
}

// Font is ParseFont, served from the cache when data is the font it
// parsed last: a preview rebuild then draws its text from the glyphs it
// drew before, instead of every glyph anew.
func (c *Cache) Font(data []byte) (*Font, error) {
	sum := sha256.Sum256(data)
	c.mu.Lock()
	f := c.font
	c.mu.Unlock()
	if f != nil && f.sum == sum {
		return f, nil
	}
	f, err := ParseFont(data)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.font = f
	c.mu.Unlock()
	return f, nil
}

// Draw is Draw, served from the cache when the option was drawn before.
func (c *Cache) Draw(opt []byte, size Size) ([]byte, error) {
	return c.get(false, func() ([]byte, error) { return Draw(opt, size) }, "svg", size.Width, size.Height, opt)
}

// PNG is PNG, served from the cache likewise: a preview rebuild after an
// edit redraws only the pictures whose chart or words changed.
func (c *Cache) PNG(opt []byte, size Size, scale float64, f *Font) ([]byte, error) {
	return c.get(true, func() ([]byte, error) { return PNG(opt, size, scale, f) }, "png", size.Width, size.Height, scale, f.id(), opt)
}

// Card is Card, served from the cache likewise.
func (c *Cache) Card(opt []byte, t CardText, f *Font) ([]byte, error) {
	return c.get(true, func() ([]byte, error) { return Card(opt, t, f) }, "card", t.Site, t.Title, t.Value, t.Status, t.Colour, f.id(), opt)
}

// get returns the bytes cached under the hash of key, or makes them. For
// a picture (a file of its own, which Manifest lists) it keeps the hash
// of the bytes too, worked out here on the painter's goroutine rather
// than by Manifest after the build, on one core.
func (c *Cache) get(picture bool, mk func() ([]byte, error), key ...any) ([]byte, error) {
	h := sha256.New()
	for _, k := range key {
		if b, ok := k.([]byte); ok {
			// Its length, then the bytes themselves: unambiguous, and
			// a tenth of the time of printing each byte as a number.
			fmt.Fprintf(h, "%d:", len(b))
			h.Write(b)
			continue
		}
		fmt.Fprintf(h, "%v\x00", k)
	}
	var k [32]byte
	h.Sum(k[:0])
	c.mu.Lock()
	c.init()
	b, ok := c.m[k]
	c.used[k] = true
	c.mu.Unlock()
	if ok {
		return b, nil
	}
	b, err := mk()
	if err != nil {
		return nil, err
	}
	var sum [32]byte
	if picture {
		sum = sha256.Sum256(b)
	}
	c.mu.Lock()
	c.m[k] = b
	if picture {
		c.sums[k] = sum
	}
	c.mu.Unlock()
	return b, nil
}

// init makes the cache's maps; c.mu is held.
func (c *Cache) init() {
	if c.m == nil {
		c.m, c.used, c.sums = map[[32]byte][]byte{}, map[[32]byte]bool{}, map[[32]byte][32]byte{}
	}
}

// Prune forgets every drawing not asked for since the last Prune: call it
// after each build.
func (c *Cache) Prune() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.m {
		if !c.used[k] {
			delete(c.m, k)
			delete(c.sums, k)
		}
	}
	c.used = map[[32]byte]bool{}
}

// Len is the number of drawings held.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}
