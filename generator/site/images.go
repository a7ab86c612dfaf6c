package site

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/minhbach/minhbach/generator/chartsvg"
	"github.com/minhbach/minhbach/generator/progress"
	"github.com/minhbach/minhbach/generator/theme"
)

// Beside each indicator page the build publishes its pictures: the social
// preview (og:image) and, when it has a chart, the chart as SVG and PNG
// for download. They are drawn from the same option as the page's chart,
// so the preview, the download and the page never disagree.
const (
	cardFile     = "anh.png"
	chartSVGFile = "bieu-do.svg"
	chartPNGFile = "bieu-do.png"
	chartPNGx    = 2 // device pixels per CSS pixel of the PNG download: sharp on a phone, readable printed
)

// statusColours are the stylesheet's status colours (--achieved …), for
// the bar down a preview card's edge; a status not here gets none.
var statusColours = map[progress.Status]string{
	progress.Achieved: "#1e6b34", progress.OnTrack: "#1f5f99", progress.AccelerationNeeded: "#8a5a00",
	progress.Limited: "#a63a00", progress.Deterioration: "#b00020", progress.InsufficientData: "#555555",
	progress.MilestoneDone: "#1e6b34", progress.MilestonePending: "#555555",
	progress.TrendSubstantial: "#1f5f99", progress.TrendModerate: "#8a5a00",
	progress.TrendLimited: "#a63a00", progress.TrendDeterioration: "#b00020",
}

// addPictures sets the links of v's pictures, which the painter paints.
//
// The pictures are drawn once, in the main edition's words, and every
// edition links them at the main edition's path: a PNG per language would
// double the build's slowest part for words a reader of the card already
// has on the page.
func (m *model) addPictures(v *IndicatorView) {
	at := strings.TrimPrefix(v.URL, m.routes.Prefix())
	v.Card = at + cardFile
	if v.ChartID != "" {
		v.ChartSVGFile, v.ChartPNGFile = at+chartSVGFile, at+chartPNGFile
	}
}

// painter paints the files addPictures named, for the indicator views
// given to paint, on every core while the caller goes on: a card takes
// some 20 ms, a site has a few hundred, and the first can start as soon
// as its indicator's view is made instead of once every page is planned.
type painter struct {
	next    chan int   // indexes into views
	mu      sync.Mutex // guards views, as paint appends while workers read
	views   []IndicatorView
	results []painted // by index into views
	wg      sync.WaitGroup
	err     error // the font's, before any view
}

type painted struct {
	files map[string][]byte
	err   error
}

// startPainting starts the painter's workers. Call paint for each view,
// then done once there will be no more (after a failed plan too, so the
// workers end), then wait.
func (m *model) startPainting() *painter {
	p := &painter{next: make(chan int, len(m.indicators)+1)}
	font, err := m.pictureFont()
	if err != nil {
		p.err = err
		return p
	}
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		p.wg.Go(func() {
			for i := range p.next {
				p.mu.Lock()
				v := p.views[i]
				p.mu.Unlock()
				files, err := m.picturesOf(v, font)
				p.mu.Lock()
				p.results[i] = painted{files, err}
				p.mu.Unlock()
			}
		})
	}
	return p
}

// paint has v's pictures painted. Call it from one goroutine at a time.
func (p *painter) paint(v IndicatorView) {
	if p.err != nil {
		return
	}
	p.mu.Lock()
	i := len(p.views)
	p.views, p.results = append(p.views, v), append(p.results, painted{})
	p.mu.Unlock()
	p.next <- i // never blocks while views are fewer than the indicators
}

// done says no more views will be given.
func (p *painter) done() { close(p.next) }

// wait returns every picture painted, or the first view's error in the
// order the views were given.
func (p *painter) wait() (map[string][]byte, error) {
	p.wg.Wait()
	if p.err != nil {
		return nil, p.err
	}
	files := map[string][]byte{}
	for i, r := range p.results {
		if r.err != nil {
			return nil, fmt.Errorf("%s: %w", p.views[i].Code, r.err)
		}
		for path, b := range r.files {
			files[path] = b
		}
	}
	return files, nil
}

// pictureFont is the theme's font for the words on pictures, nil for none.
func (m *model) pictureFont() (*chartsvg.Font, error) {
	if len(m.Theme.Font) == 0 {
		return nil, nil
	}
	parse := chartsvg.ParseFont
	if m.charts != nil {
		parse = m.charts.Font
	}
	f, err := parse(m.Theme.Font)
	if err != nil {
		return nil, fmt.Errorf("themes/%s/%s: %v; hãy thay bằng một tệp phông TrueType có đủ chữ tiếng Việt", m.Theme.Name, theme.FontFile, err)
	}
	return f, nil
}

func (m *model) picturesOf(v IndicatorView, font *chartsvg.Font) (map[string][]byte, error) {
	t := chartsvg.CardText{Site: m.Config.Title, Title: v.Code + ". " + v.Name, Status: v.StatusLabel, Colour: statusColours[v.Status]}
	if v.Latest != "" {
		t.Value = fmt.Sprintf("%s (%d)", v.Latest, v.LatestYear)
	}
	files := map[string][]byte{}
	card, err := m.charts.Card([]byte(v.ChartOption), t, font)
	if err != nil {
		return nil, err
	}
	files[strings.TrimPrefix(v.Card, "/")] = card
	if v.ChartID == "" {
		return files, nil
	}
	size := wide
	if v.ChartLegend {
		size.Height = legendHeight
	}
	svg, err := m.charts.Draw([]byte(v.ChartOption), size)
	if err != nil {
		return nil, err
	}
	// A file of its own starts with the XML declaration, so editors that
	// sniff the encoding read the Vietnamese right.
	files[strings.TrimPrefix(v.ChartSVGFile, "/")] = append(append([]byte(`<?xml version="1.0" encoding="UTF-8"?>`+"\n"), svg...), '\n')
	png, err := m.charts.PNG([]byte(v.ChartOption), size, chartPNGx, font)
	if err != nil {
		return nil, err
	}
	files[strings.TrimPrefix(v.ChartPNGFile, "/")] = png
	return files, nil
}
