// Package shrink makes a built site's files smaller on the wire, as two
// optional steps between render and publish, both off unless config.toml's
// [output] table turns them on:
//
//	[output]
//	minify = true                       # HTML and CSS without what a browser ignores
//	precompress = ["gzip", "brotli"]    # index.html.gz and index.html.br beside index.html
//
// Minify rewrites HTML pages and stylesheets with tdewolff/minify, the
// minifier Hugo uses: pure Go, kept up, and fast enough that the demo's
// pages cost some tens of milliseconds. It keeps attribute quotes, end
// tags and the html, head and body tags, which are a few bytes a page:
// without them the site's own link check (a pattern over href="…") and
// readers of the source would see a different page. Scripts are left as
// they are: the committed ECharts bundle is minified already, and the
// site's own scripts are small.
//
// Compress returns a file's gzip or brotli copy, for hosts that serve
// such a copy in place of the file (nginx's gzip_static and brotli_static,
// Caddy's file_server precompressed). Only text is compressed (HTML, CSS,
// JavaScript, SVG, XML, JSON, CSV): PNG and zip are compressed already.
// The copies carry no name or time, so two builds write the same bytes;
// gzip is at its best level (klauspost/compress, pure Go), brotli at
// quality 6 (andybalholm/brotli, a pure Go port of Google's): quality 11
// saves a tenth more but takes some sixty times as long, seconds for the
// demo alone.
package shrink

import (
	"bytes"
	"fmt"
	"path"
	"runtime"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/gzip"
	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
)

// Encoding is a compressed form a file can be published in beside itself.
type Encoding string

// The encodings config.toml's precompress may name.
const (
	Gzip   Encoding = "gzip"
	Brotli Encoding = "brotli"
)

// Encodings are those this package writes, in the order their copies are
// made.
var Encodings = []Encoding{Gzip, Brotli}

// Valid reports whether e is one of Encodings.
func (e Encoding) Valid() bool { return e == Gzip || e == Brotli }

// Suffix is what e's copy adds to the file's name: ".gz" or ".br", the
// names nginx and Caddy look for.
func (e Encoding) Suffix() string {
	if e == Brotli {
		return ".br"
	}
	return ".gz"
}

// Compressible reports whether a file at p is text worth compressing.
func Compressible(p string) bool {
	switch path.Ext(p) {
	case ".html", ".css", ".js", ".svg", ".xml", ".json", ".csv":
		return true
	}
	return false
}

// Compress returns data encoded as e, and false when that would not be
// smaller than data itself (a host then serves the file as it is).
// Compressing is the processor's work: at most one file per core is
// compressed at a time, however many goroutines ask (publishing asks from
// sixteen), and the encoders are kept between files, since a brotli
// encoder holds megabytes.
func Compress(e Encoding, data []byte) ([]byte, bool) {
	if !e.Valid() {
		return nil, false
	}
	slots <- struct{}{}
	defer func() { <-slots }()
	var b bytes.Buffer
	b.Grow(len(data) / 3)
	switch e {
	case Gzip:
		w := gzips.Get().(*gzip.Writer)
		w.Reset(&b)
		w.Write(data) // a bytes.Buffer cannot fail
		w.Close()
		gzips.Put(w)
	case Brotli:
		w := brotlis.Get().(*brotli.Writer)
		w.Reset(&b)
		w.Write(data)
		w.Close()
		brotlis.Put(w)
	}
	if b.Len() >= len(data) {
		return nil, false
	}
	return b.Bytes(), true
}

var (
	slots = make(chan struct{}, runtime.GOMAXPROCS(0))
	gzips = sync.Pool{New: func() any {
		w, _ := gzip.NewWriterLevel(nil, gzip.BestCompression) // the level is valid: no error
		return w
	}}
	brotlis = sync.Pool{New: func() any { return brotli.NewWriterLevel(nil, brotliQuality) }}
)

// brotliQuality is brotli's level, 0 to 11; see the package comment.
const brotliQuality = 6

var minifier = func() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepQuotes: true, KeepEndTags: true, KeepDocumentTags: true})
	m.Add("text/css", &css.Minifier{})
	return m
}()

// Minify returns the file at p minified when it is an HTML page or a
// stylesheet, and data itself otherwise.
func Minify(p string, data []byte) ([]byte, error) {
	var mediatype string
	switch path.Ext(p) {
	case ".html":
		mediatype = "text/html"
	case ".css":
		mediatype = "text/css"
	default:
		return data, nil
	}
	// A copy: the minifier works in its input's bytes, and data may be
	// shared (a theme's asset, a page a test compares).
	out, err := minifier.Bytes(mediatype, bytes.Clone(data))
	if err != nil {
		return nil, fmt.Errorf("%s: không thu gọn được (minify): %v; hãy tắt minify trong [output] của config.toml và báo lỗi này", p, err)
	}
	return out, nil
}
