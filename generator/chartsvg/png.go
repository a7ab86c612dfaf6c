package chartsvg

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"image"
	"strings"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// Font is the typeface PNGs write their text in. It must hold Vietnamese
// letters precomposed (NFC), as Noto Sans does: text is not shaped.
type Font struct {
	f      *sfnt.Font
	sum    [32]byte // of the file, so caches tell fonts apart
	glyphs *glyphs  // drawn so far, for every picture painted with the font
}

// ParseFont reads a TrueType or OpenType font file.
func ParseFont(data []byte) (*Font, error) {
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("chartsvg: phông chữ: %v", err)
	}
	return &Font{f: f, sum: sha256.Sum256(data), glyphs: &glyphs{}}, nil
}

func (f *Font) id() string {
	if f == nil {
		return "none"
	}
	return fmt.Sprintf("%x", f.sum)
}

func (f *Font) glyphCache() *glyphs {
	if f == nil {
		return nil
	}
	return f.glyphs
}

func (f *Font) sfnt() *sfnt.Font {
	if f == nil {
		return nil
	}
	return f.f
}

// PNG draws option as Draw does, on a white ground, scale device pixels to
// each of the drawing's; without a font (f nil) it leaves out the words.
// Same option, size, scale and font give the same bytes.
func PNG(opt []byte, size Size, scale float64, f *Font) ([]byte, error) {
	w, h := int(float64(size.Width)*scale), int(float64(size.Height)*scale)
	img := blank(w, h)
	defer blanks.Put(img)
	if err := paint(img, opt, size, &raster{img: img, scale: scale, font: f.sfnt(), glyphs: f.glyphCache()}); err != nil {
		return nil, err
	}
	return encode(img)
}

func paint(img *image.RGBA, opt []byte, size Size, r *raster) error {
	var o option
	if err := json.Unmarshal(opt, &o); err != nil {
		return fmt.Errorf("chartsvg: %v", err)
	}
	if size.Width <= 0 || size.Height <= 0 || r.scale <= 0 {
		return fmt.Errorf("chartsvg: size %dx%d", size.Width, size.Height)
	}
	c := &canvas{w: float64(size.Width), h: float64(size.Height), png: r}
	draw(c, &o)
	return nil
}

// CardWidth and CardHeight are the size of a social preview image, the
// one Facebook, Zalo and X show in full (1.91:1).
const (
	CardWidth  = 1200
	CardHeight = 630
)

// CardText is what a preview card says above its chart.
type CardText struct {
	Site   string // the site's name, small, at the top
	Title  string // the indicator's name, on at most two lines
	Value  string // "68,2 % (2025)"; empty for none
	Status string // "Đúng tiến độ"
	Colour string // the status's colour, a bar down the left edge
}

// Card draws a CardWidth×CardHeight PNG: the words of t and, below them,
// the chart of opt (none when opt is empty).
func Card(opt []byte, t CardText, f *Font) ([]byte, error) {
	img := blank(CardWidth, CardHeight)
	defer blanks.Put(img)
	words := &raster{img: img, scale: 1, font: f.sfnt(), glyphs: f.glyphCache()}
	if t.Colour != "" {
		words.rect(0, 0, 16, CardHeight, t.Colour)
	}
	const left, room = 60.0, CardWidth - 120.0
	words.text(left, 50, t.Site, "start", colourSubtitle, 26, false)
	y := 120.0
	for _, l := range wrap(words, t.Title, 46, room, 2) {
		words.text(left, y, l, "start", colourTitle, 46, true)
		y += 60
	}
	line := t.Value
	if t.Status != "" {
		if line != "" {
			line += " · "
		}
		line += t.Status
	}
	words.text(left, y+10, line, "start", colourTitle, 36, false)
	if len(opt) > 0 {
		top := y + 50
		scale := 2.0
		size := Size{Width: int((CardWidth - 80) / scale), Height: int((CardHeight - top - 10) / scale)}
		if err := paint(img, opt, size, &raster{img: img, x: 40, y: top, scale: scale, font: f.sfnt(), glyphs: f.glyphCache()}); err != nil {
			return nil, err
		}
	}
	return encode(img)
}

// wrap breaks s into at most n lines of room pixels at size, the last
// ending in "…" when s is longer.
func wrap(r *raster, s string, size, room float64, n int) []string {
	if r.font == nil {
		return nil
	}
	f := r.face(size)
	if f == nil {
		return nil
	}
	fits := func(l string) bool { return float64(xfont.MeasureString(f, l))/64 <= room }
	var lines []string
	cur := ""
	words := strings.Fields(norm.NFC.String(s))
	for i, w := range words {
		next := strings.TrimSpace(cur + " " + w)
		if fits(next) || cur == "" {
			cur = next
			continue
		}
		if len(lines) == n-1 {
			cur = strings.Join(append([]string{cur}, words[i:]...), " ")
			break
		}
		lines = append(lines, cur)
		cur = w
	}
	if cur != "" {
		for !fits(cur) && len([]rune(cur)) > 1 {
			rs := []rune(strings.TrimSuffix(cur, "…"))
			cur = strings.TrimRight(string(rs[:len(rs)-1]), " ") + "…"
		}
		lines = append(lines, cur)
	}
	return lines
}
