package chartsvg

import (
	"math"

	"github.com/minhbach/minhbach/generator/numfmt"
)

// Colours for a series that names none; the site's series all name one.
var palette = []string{"#5070dd", "#b6d634", "#505372", "#ff994d", "#0ca8df", "#ffd10a", "#fb628b", "#785db0", "#3fbe95"}

// Where ECharts places things, in pixels, for 12 px labels: the title
// block starts 20 px down with 10 px between title and subtitle; axis
// labels sit 8 px from the plot; a legend keeps 5 px from the edge.
const (
	titleTop    = 20
	titleGap    = 10
	labelMargin = 8
	labelHeight = 12
	legendPad   = 5
)

// plot is the grid's inner rectangle and its two axes.
type plot struct {
	left, top, right, bottom float64
	cat                      axis // the category axis
	val                      scale
	horizontal               bool // categories run up the y axis (bars)
}

// band is the width of one category.
func (p plot) band() float64 {
	n := math.Max(1, float64(len(p.cat.Data)))
	if p.horizontal {
		return (p.bottom - p.top) / n
	}
	return (p.right - p.left) / n
}

// at is the centre of category i along its axis.
func (p plot) at(i int) float64 {
	if p.horizontal {
		return p.bottom - p.band()*(float64(i)+0.5)
	}
	return p.left + p.band()*(float64(i)+0.5)
}

// pos is where value v falls along the value axis.
func (p plot) pos(v float64) float64 {
	f := p.val.frac(v)
	if p.horizontal {
		return p.left + f*(p.right-p.left)
	}
	return p.bottom - f*(p.bottom-p.top)
}

// catIndex finds a category by name, -1 if absent; a number is an index.
func (p plot) catIndex(v any) int {
	switch v := v.(type) {
	case string:
		for i, d := range p.cat.Data {
			if d.Text == v {
				return i
			}
		}
	case float64:
		return int(v)
	}
	return -1
}

func draw(c *canvas, o *option) {
	x, y := o.XAxis.first(), o.YAxis.first()
	horizontal := y.category() && !x.category()
	cat, valAxis := x, y
	if horizontal {
		cat, valAxis = y, x
	}
	t := o.Title.first()
	lines := titleLines(c, t)
	p := layout(c, o, cat, valAxis, horizontal)
	// A title that wraps pushes the plot down by its extra lines, as
	// charts.js moves the interactive chart's grid.
	p.top += float64(len(lines)-1) * titleLineHeight(t)
	drawAxes(c, p, valAxis)
	for _, s := range o.Series {
		if s.MarkArea != nil {
			drawAreas(c, p, s.MarkArea.Data)
		}
	}
	for i, s := range o.Series {
		colour := seriesColour(s, i)
		if s.Type == "bar" {
			drawBars(c, p, s, colour)
		} else {
			drawLine(c, p, s, colour)
		}
	}
	for _, s := range o.Series {
		if s.MarkLine != nil {
			drawMarkLines(c, p, s.MarkLine.Data)
		}
	}
	drawTitle(c, t, lines)
	if l := o.Legend.first(); l.Show != nil && *l.Show {
		drawLegend(c, o.Series)
	}
}

// layout places the grid: inside the option's margins and, with
// containLabel, leaving room for the axis labels, as ECharts does.
func layout(c *canvas, o *option, cat, valAxis axis, horizontal bool) plot {
	g := o.Grid.first()
	p := plot{left: float64(g.Left), top: float64(g.Top), right: c.w - float64(g.Right), bottom: c.h - float64(g.Bottom),
		cat: cat, val: newScale(valAxis, o.Series, horizontal), horizontal: horizontal}
	p.val.lang = o.Lang
	if !g.ContainLabel {
		return p
	}
	p.bottom -= labelMargin + labelHeight
	if horizontal {
		wide := 0.0
		for _, d := range cat.Data {
			wide = math.Max(wide, width(d.Text, 12, false))
		}
		p.left += wide + labelMargin
		if ts := p.val.ticks(); len(ts) > 0 {
			p.right -= width(p.val.label(ts[len(ts)-1]), 12, false) / 2
		}
		return p
	}
	wide := 0.0
	for _, t := range p.val.ticks() {
		wide = math.Max(wide, width(p.val.label(t), 12, false))
	}
	p.left += wide + labelMargin
	p.top += labelHeight / 2
	return p
}

func drawAxes(c *canvas, p plot, valAxis axis) {
	axisLine := stroke{colour: colourAxis, width: 1}
	split := stroke{colour: colourSplit, width: 1}
	ticks := p.val.ticks()
	if p.horizontal {
		for _, t := range ticks {
			x := math.Round(p.pos(t)) + 0.5 // crisp one-pixel lines
			c.line(x, p.top, x, p.bottom, split)
		}
		c.line(p.left+0.5, p.top, p.left+0.5, p.bottom, axisLine)
		for _, t := range ticks {
			c.text(p.pos(t), p.bottom+labelMargin+labelHeight/2, p.val.label(t), "middle", colourAxis, 12, false)
		}
		for i, d := range p.cat.Data {
			c.text(p.left-labelMargin, p.at(i), d.Text, "end", colourAxis, 12, d.Bold)
		}
		return
	}
	for _, t := range ticks {
		y := math.Round(p.pos(t)) + 0.5
		c.line(p.left, y, p.right, y, split)
	}
	if valAxis.Name != "" {
		gap := 15.0
		if valAxis.NameGap != nil {
			gap = *valAxis.NameGap
		}
		c.text(p.left, p.top-gap-labelHeight/2, valAxis.Name, "start", colourAxis, 12, false)
	}
	c.line(p.left, math.Round(p.bottom)+0.5, p.right, math.Round(p.bottom)+0.5, axisLine)
	for _, t := range ticks {
		c.text(p.left-labelMargin, p.pos(t), p.val.label(t), "end", colourAxis, 12, false)
	}
	// Category labels skip those they have no room for, never the bold ones.
	shown := shownLabels(p.cat.Data, p.band(), func(d category) float64 { return width(d.Text, 12, d.Bold) })
	for i, d := range p.cat.Data {
		if shown[i] {
			c.text(p.at(i), p.bottom+labelMargin+labelHeight/2, d.Text, "middle", colourAxis, 12, d.Bold)
		}
	}
}

func seriesColour(s series, i int) string {
	switch {
	case s.ItemStyle.Color != "":
		return s.ItemStyle.Color
	case s.LineStyle.Color != "":
		return s.LineStyle.Color
	}
	return palette[i%len(palette)]
}

func lineStroke(l lineStyle, colour string, width float64) stroke {
	s := stroke{colour: colour, width: width, dash: l.Type}
	if l.Color != "" {
		s.colour = l.Color
	}
	if l.Width > 0 {
		s.width = l.Width
	}
	if l.Opacity != nil {
		s.opacity = *l.Opacity
	}
	return s
}

func drawLine(c *canvas, p plot, s series, colour string) {
	var xs, ys []float64
	for i, d := range s.Data {
		if d.Missing {
			if !s.ConnectNulls {
				xs, ys = append(xs, p.at(i)), append(ys, math.NaN())
			}
			continue
		}
		xs, ys = append(xs, p.at(i)), append(ys, p.pos(d.Value))
	}
	c.polyline(xs, ys, lineStroke(s.LineStyle, colour, 2))
	if s.ShowSymbol != nil && !*s.ShowSymbol {
		return
	}
	for i, d := range s.Data {
		if d.Missing {
			continue
		}
		kind, size := s.Symbol, s.SymbolSize
		if kind == "" {
			kind = "emptyCircle"
		}
		if size == 0 {
			size = 4
		}
		if d.Symbol != "" {
			kind = d.Symbol
		}
		if d.SymbolSize > 0 {
			size = d.SymbolSize
		}
		c.symbol(kind, p.at(i), p.pos(d.Value), size, colour)
	}
}

// drawBars draws one series of bars along the categories; a bar fills
// seventy per cent of its band, as ECharts' default gap leaves it.
func drawBars(c *canvas, p plot, s series, colour string) {
	thick := p.band() * 0.7
	for i, d := range s.Data {
		if d.Missing {
			continue
		}
		if p.horizontal {
			c.rect(p.pos(0), p.at(i)-thick/2, p.pos(d.Value)-p.pos(0), thick, colour)
		} else {
			c.rect(p.at(i)-thick/2, p.pos(d.Value), thick, p.pos(0)-p.pos(d.Value), colour)
		}
	}
}

func drawAreas(c *canvas, p plot, areas [][2]mark) {
	for _, a := range areas {
		from, to := a[0], a[1]
		x0, y0, x1, y1 := p.left, p.top, p.right, p.bottom
		switch {
		case from.XAxis != nil && !p.horizontal:
			i, j := p.catIndex(from.XAxis), p.catIndex(to.XAxis)
			if i < 0 || j < 0 {
				continue
			}
			x0, x1 = p.at(i), p.at(j)
		case from.YAxis != nil && to.YAxis != nil && !p.horizontal:
			y0, y1 = p.pos(*to.YAxis), p.pos(*from.YAxis)
		default:
			continue
		}
		c.rect(x0, y0, x1-x0, y1-y0, from.ItemStyle.Color)
		if from.Name == "" || (from.Label.Show != nil && !*from.Label.Show) {
			continue
		}
		top, bottom := math.Min(y0, y1), math.Max(y0, y1)
		switch from.Label.Position {
		case "insideBottom":
			c.text((x0+x1)/2, bottom-legendPad-labelHeight/2, from.Name, "middle", from.Label.Color, 12, false)
		default: // insideTopLeft
			c.text(math.Min(x0, x1)+legendPad, top+legendPad+labelHeight/2, from.Name, "start", from.Label.Color, 12, false)
		}
	}
}

func drawMarkLines(c *canvas, p plot, items []markItem) {
	for _, m := range items {
		s := lineStroke(m.LineStyle, colourAxis, 1)
		if m.LineStyle.Type == "" {
			s.dash = "dashed" // ECharts' default for a mark line
		}
		var x0, y0, x1, y1 float64
		switch {
		case m.To != nil && len(m.Coord) == 2 && len(m.To.Coord) == 2:
			i, j := p.catIndex(m.Coord[0]), p.catIndex(m.To.Coord[0])
			v0, ok0 := m.Coord[1].(float64)
			v1, ok1 := m.To.Coord[1].(float64)
			if i < 0 || j < 0 || !ok0 || !ok1 || p.horizontal {
				continue
			}
			x0, y0, x1, y1 = p.at(i), p.pos(v0), p.at(j), p.pos(v1)
		case m.YAxis != nil && !p.horizontal:
			x0, x1, y0 = p.left, p.right, p.pos(*m.YAxis)
			y1 = y0
		case m.XAxis != nil && p.horizontal:
			v, ok := m.XAxis.(float64)
			if !ok {
				continue
			}
			x0, y0, y1 = p.pos(v), p.bottom, p.top
			x1 = x0
		default:
			continue
		}
		c.line(x0, y0, x1, y1, s)
		if m.Label.Show != nil && !*m.Label.Show || m.Name == "" {
			continue
		}
		colour := m.Label.Color
		if colour == "" {
			colour = s.colour
		}
		switch m.Label.Position {
		case "insideStartTop":
			c.text(x0+legendPad, y0-legendPad-labelHeight/2+1, m.Name, "start", colour, 12, false)
		case "insideEndTop":
			c.text(x1-legendPad, y1-legendPad-labelHeight/2+1, m.Name, "end", colour, 12, false)
		default: // end: beyond the line's end
			if x0 == x1 {
				c.text(x1, y1-legendPad-labelHeight/2, m.Name, "middle", colour, 12, false)
			} else {
				c.text(x1+legendPad, y1, m.Name, "start", colour, 12, false)
			}
		}
	}
}

// titleSize is the title's font size, ECharts' 18 px unless set.
func titleSize(t title) float64 {
	if t.TextStyle.FontSize == 0 {
		return 18
	}
	return t.TextStyle.FontSize
}

// titleLineHeight is the height of one line of the title: its lineHeight,
// else its font size.
func titleLineHeight(t title) float64 {
	if t.TextStyle.LineHeight > 0 {
		return t.TextStyle.LineHeight
	}
	return titleSize(t)
}

// titleLines wraps the title to the drawing's width, less a tenth: the
// width table is an estimate, and the reader's font (Noto Sans, DejaVu) is
// wider than Arial's, so a line that only just fits here would be cut off.
func titleLines(c *canvas, t title) []string {
	if t.Text == "" {
		return nil
	}
	return wrapWords(t.Text, titleSize(t), true, 0.9*(c.w-2*legendPad))
}

func drawTitle(c *canvas, t title, lines []string) {
	size, lh := titleSize(t), titleLineHeight(t)
	for i, l := range lines {
		c.text(legendPad, titleTop+lh*float64(i)+lh/2, truncate(l, size, true, c.w-2*legendPad), "start", colourTitle, size, true)
	}
	if t.Subtext != "" {
		c.text(legendPad, titleTop+lh*float64(max(len(lines), 1))+titleGap+labelHeight/2, truncate(t.Subtext, 12, false, c.w-2*legendPad), "start", colourSubtitle, 12, false)
	}
}

// drawLegend lays the series' names in centred rows at the bottom, each
// after an icon of its line and symbol, wrapping as ECharts wraps them.
func drawLegend(c *canvas, ss []series) {
	const icon, gap, textGap, rowH, rowGap = 25.0, 10.0, 5.0, 14.0, 10.0
	type item struct {
		s      series
		colour string
		w      float64
	}
	var rows [][]item
	var widths []float64
	room := c.w - 2*legendPad
	for i, s := range ss {
		it := item{s, seriesColour(s, i), icon + textGap + width(s.Name, 12, false)}
		n := len(rows)
		if n == 0 || widths[n-1]+gap+it.w > room {
			rows, widths = append(rows, nil), append(widths, -gap)
			n++
		}
		rows[n-1] = append(rows[n-1], it)
		widths[n-1] += gap + it.w
	}
	y := c.h - legendPad - rowH/2 - float64(len(rows)-1)*(rowH+rowGap)
	for r, row := range rows {
		x := (c.w - widths[r]) / 2
		for _, it := range row {
			c.line(x, y, x+icon, y, lineStroke(it.s.LineStyle, it.colour, 2))
			if it.s.ShowSymbol == nil || *it.s.ShowSymbol {
				kind := it.s.Symbol
				if kind == "" {
					kind = "emptyCircle"
				}
				c.symbol(kind, x+icon/2, y, 8, it.colour)
			}
			c.text(x+icon+textGap, y, it.s.Name, "start", colourLegend, 12, false)
			x += it.w + gap
		}
		y += rowH + rowGap
	}
}

// label formats a tick as the interactive chart does: the separators of
// the option's language (Vietnamese when it names none), at most two
// decimals.
func (s scale) label(v float64) string { return numfmt.Auto(s.lang, v) }
