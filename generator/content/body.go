package content

import (
	"sync"
	"unsafe"

	"github.com/klauspost/compress/s2"
)

// A Body is a page's rendered HTML, kept compressed with S2 until it is
// read. The bodies are most of what a build holds while it renders (70 MB
// of 10,000 news pages, against 16 MB packed, BENCHMARKS.md), and each is
// read a few times at most: once per edition that shows its page, and
// once for the feed. S2 packs and unpacks at over a gigabyte a second, so
// this costs a build about 1% of its time.
//
// The zero Body is empty. A Body is a value: copying one copies a string
// header, not the bytes.
type Body struct {
	packed string // S2 block; a string, so no one can change it in place
}

// packers are scratch buffers for S2's output, whose bound is larger than
// what it writes.
var packers = sync.Pool{New: func() any { return new([]byte) }}

// NewBody packs html.
func NewBody(html []byte) Body {
	if len(html) == 0 {
		return Body{}
	}
	buf := packers.Get().(*[]byte)
	defer packers.Put(buf)
	if n := s2.MaxEncodedLen(len(html)); cap(*buf) < n {
		*buf = make([]byte, n)
	}
	return Body{packed: string(s2.Encode((*buf)[:cap(*buf)], html))}
}

// String unpacks the body's HTML.
func (b Body) String() string {
	if b.packed == "" {
		return ""
	}
	src := unsafe.Slice(unsafe.StringData(b.packed), len(b.packed)) // only read
	n, err := s2.DecodedLen(src)
	if err != nil {
		panic("content: a packed body is corrupt: " + err.Error())
	}
	html, err := s2.Decode(make([]byte, n), src)
	if err != nil {
		panic("content: a packed body is corrupt: " + err.Error())
	}
	return unsafe.String(unsafe.SliceData(html), len(html)) // html is not kept elsewhere
}
