package chartsvg

import (
	"encoding/json"
	"strconv"
)

// option is the part of an ECharts option this package reads.
type option struct {
	Title  many[title]  `json:"title"`
	Legend many[legend] `json:"legend"`
	Grid   many[grid]   `json:"grid"`
	XAxis  many[axis]   `json:"xAxis"`
	YAxis  many[axis]   `json:"yAxis"`
	Series []series     `json:"series"`
	// Lang is the language of the figures ("en"), which package chart
	// gives a chart for another edition than the Vietnamese one.
	Lang string `json:"lang"`
}

// many reads a component given as one object or as a list of them, as
// ECharts accepts both.
type many[T any] []T

func (m *many[T]) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '[' {
		return json.Unmarshal(b, (*[]T)(m))
	}
	var one T
	if err := json.Unmarshal(b, &one); err != nil {
		return err
	}
	*m = many[T]{one}
	return nil
}

func (m many[T]) first() T {
	var zero T
	if len(m) == 0 {
		return zero
	}
	return m[0]
}

type title struct {
	Text      string    `json:"text"`
	Subtext   string    `json:"subtext"`
	TextStyle textStyle `json:"textStyle"`
}

type textStyle struct {
	FontSize   float64 `json:"fontSize"`
	LineHeight float64 `json:"lineHeight"`
	Color      string  `json:"color"`
}

type legend struct {
	Show *bool `json:"show"`
}

type grid struct {
	Left, Top, Right, Bottom px
	ContainLabel             bool `json:"containLabel"`
}

// px is a position given as a number or as a string of one ("8"); a
// percentage or a keyword reads as 0.
type px float64

func (p *px) UnmarshalJSON(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	switch v := v.(type) {
	case float64:
		*p = px(v)
	case string:
		f, _ := strconv.ParseFloat(v, 64)
		*p = px(f)
	}
	return nil
}

type axis struct {
	Type     string     `json:"type"`
	Data     []category `json:"data"`
	Min      *float64   `json:"min"`
	Max      *float64   `json:"max"`
	Interval float64    `json:"interval"`
	// MinInterval and MaxInterval, when equal, pin the interval: it is how
	// go-echarts, which has no interval for a value axis, can set one.
	MinInterval float64  `json:"minInterval"`
	MaxInterval float64  `json:"maxInterval"`
	Name        string   `json:"name"`
	NameGap     *float64 `json:"nameGap"`
}

// category is one category of an axis: a string, or {"value": …} with a
// text style of its own, of which a bold weight is read.
type category struct {
	Text string
	Bold bool
}

func (c *category) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '{' {
		var v struct {
			Value     any `json:"value"`
			TextStyle struct {
				FontWeight any `json:"fontWeight"`
			} `json:"textStyle"`
		}
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		c.Text, c.Bold = text(v.Value), v.TextStyle.FontWeight == "bold"
		return nil
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	c.Text = text(v)
	return nil
}

// text is a category value as ECharts names it: a number reads as its digits.
func text(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return ""
}

func (a axis) category() bool { return a.Type == "category" || (a.Type == "" && a.Data != nil) }

type series struct {
	Name         string    `json:"name"`
	Type         string    `json:"type"`
	ConnectNulls bool      `json:"connectNulls"`
	ShowSymbol   *bool     `json:"showSymbol"`
	Symbol       string    `json:"symbol"`
	SymbolSize   float64   `json:"symbolSize"`
	Data         []point   `json:"data"`
	ItemStyle    itemStyle `json:"itemStyle"`
	LineStyle    lineStyle `json:"lineStyle"`
	MarkLine     *struct {
		Data []markItem `json:"data"`
	} `json:"markLine"`
	MarkArea *struct {
		Data [][2]mark `json:"data"`
	} `json:"markArea"`
}

type itemStyle struct {
	Color string `json:"color"`
}

type lineStyle struct {
	Color   string   `json:"color"`
	Width   float64  `json:"width"`
	Type    string   `json:"type"`
	Opacity *float64 `json:"opacity"`
}

type label struct {
	Show     *bool  `json:"show"`
	Position string `json:"position"`
	Color    string `json:"color"`
}

// point is one datum: a number, "-" for none, or {"value": …} with an
// optional symbol of its own.
type point struct {
	Value      float64
	Missing    bool
	Symbol     string
	SymbolSize float64
}

func (p *point) UnmarshalJSON(b []byte) error {
	var v struct {
		Value      any     `json:"value"`
		Symbol     string  `json:"symbol"`
		SymbolSize float64 `json:"symbolSize"`
	}
	if len(b) > 0 && b[0] == '{' {
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
	} else if err := json.Unmarshal(b, &v.Value); err != nil {
		return err
	}
	f, ok := v.Value.(float64)
	*p = point{Value: f, Missing: !ok, Symbol: v.Symbol, SymbolSize: v.SymbolSize}
	return nil
}

// mark is one end of a mark line or area; XAxis is a category (a string)
// or a value (a number), as the axis it refers to is.
type mark struct {
	Name      string    `json:"name"`
	XAxis     any       `json:"xAxis"`
	YAxis     *float64  `json:"yAxis"`
	Coord     []any     `json:"coord"`
	ItemStyle itemStyle `json:"itemStyle"`
	LineStyle lineStyle `json:"lineStyle"`
	Label     label     `json:"label"`
}

// markItem is a mark line: one mark across the plot, or a pair from one
// point to another.
type markItem struct {
	mark
	To *mark
}

func (m *markItem) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '[' {
		var pair [2]mark
		if err := json.Unmarshal(b, &pair); err != nil {
			return err
		}
		m.mark, m.To = pair[0], &pair[1]
		return nil
	}
	return json.Unmarshal(b, &m.mark)
}
