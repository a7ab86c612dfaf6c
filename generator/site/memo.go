package site

import (
	"bytes"
	"compress/flate"
	"io"
	"sync"
	"unsafe"
)

// A renderMemo keeps the pages of the last build with the fingerprint of
// what each was rendered from (fingerprint.go), so the next build executes
// the templates of only the pages whose fingerprint changed: after an edit
// of one page, that page and the lists, neighbours and menus that show
// it; after an edit of figures, the pages that show them. Nothing here
// knows which kind of page shows what: that follows from the Frames.
//
// It is the preview's one copy of the site's pages, packed (DEFLATE at its
// fastest): pages of a big site hold each other's menus and headers, and
// packed they take a sixth of the memory; the preview unpacks the one
// page a browser asks for.
type renderMemo struct {
	mu    sync.RWMutex
	pages map[string]memoPage // by output path
	// strings are the long strings of the last build's frames, by their
	// address (frameFingerprint).
	strings map[uintptr]placed
	// executed counts the pages of the last build whose templates ran.
	executed int
	sitemap  sitemapMemo // the last build's sitemap (sitemap.go)
	// packer packs and unpacks the pages; it is chosen while the memo
	// has no pages and kept afterwards, since they are packed with it.
	packer *packer
}

type memoPage struct {
	fp     fingerprint
	fpOK   bool // a page without a fingerprint is never found
	packed []byte
}

// lookup returns the packed bytes the page at path had last time, if its
// fingerprint then was fp, or nil.
func (r *renderMemo) lookup(path string, fp fingerprint, ok bool) []byte {
	if !ok {
		return nil
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	if p, hit := r.pages[path]; hit && p.fpOK && p.fp == fp {
		return p.packed
	}
	return nil
}

// keep makes the pages of a good render, packed, the memo in place of the
// last build's: a page the site no longer has goes. The map it returns is
// never changed afterwards, so the build's Output can read from it.
func (r *renderMemo) keep(jobs []job, packed [][]byte, executed int) map[string]memoPage {
	pages := make(map[string]memoPage, len(jobs))
	strs := make(map[uintptr]placed, len(r.strings))
	for i, j := range jobs {
		pages[j.path] = memoPage{fp: j.fp, fpOK: j.fpOK, packed: packed[i]}
		for _, p := range j.used {
			strs[uintptr(unsafe.Pointer(unsafe.StringData(p.s)))] = p
		}
	}
	r.mu.Lock()
	r.pages, r.strings, r.executed = pages, strs, executed
	r.mu.Unlock()
	return pages
}

// known returns the long strings of the last build by their address; the
// map is not changed afterwards.
func (r *renderMemo) known() map[uintptr]placed {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.strings == nil {
		return map[uintptr]placed{}
	}
	return r.strings
}

// A packer packs pages with a preset dictionary: a page of the site, whose
// header, menus and footer every page repeats. With it a page of the 10k
// benchmark site packs to about 0.7 KB instead of 2.7 KB (DEFLATE level 2:
// level 1, BestSpeed, ignores a dictionary).
type packer struct {
	dict    []byte
	writers sync.Pool
}

// packWindow is how much of the dictionary DEFLATE can refer back to.
const packWindow = 32 << 10

func newPacker(dict []byte) *packer {
	if len(dict) > packWindow {
		dict = dict[len(dict)-packWindow:]
	}
	k := &packer{dict: bytes.Clone(dict)}
	k.writers.New = func() any {
		w, _ := flate.NewWriterDict(nil, 2, k.dict) // a valid level: no error
		return w
	}
	return k
}

// choosePacker gives the memo a packer whose dictionary is the first
// markdown page of jobs (articles are most of a big site's pages), or
// the first page, rendered once more here. Once the memo holds pages it
// keeps the packer they were packed with.
func (m *model) choosePacker(jobs []job) {
	r := m.memo
	if r.packer != nil && len(r.pages) > 0 {
		return
	}
	var dict []byte
	if len(jobs) > 0 {
		j := jobs[0]
		for _, k := range jobs {
			if k.kind == "page" && k.frame != nil {
				j = k
				break
			}
		}
		dict, _ = m.Theme.Render(j.frame.Lang, j.kind, j.frame) // a page that fails fails again below
	}
	r.packer = newPacker(dict)
}

// pack compresses a page for the memo.
func (k *packer) pack(page []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(page) / 8)
	w := k.writers.Get().(*flate.Writer)
	w.Reset(&b)   // Reset keeps the dictionary
	w.Write(page) // a bytes.Buffer does not fail
	w.Close()
	k.writers.Put(w)
	return bytes.Clone(b.Bytes())
}

// unpack returns a packed page's bytes.
func (k *packer) unpack(packed []byte) ([]byte, error) {
	r := flate.NewReaderDict(bytes.NewReader(packed), k.dict)
	defer r.Close()
	return io.ReadAll(r)
}
