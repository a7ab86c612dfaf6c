package site

import (
	"sync"
	"unsafe"
)

// A renderMemo keeps the pages of the last build with the fingerprint of
// what each was rendered from (fingerprint.go), so the next build executes
// the templates of only the pages whose fingerprint changed: after an edit
// of one page, that page and the lists, neighbours and menus that show
// it; after an edit of figures, the pages that show them. Nothing here
// knows which kind of page shows what: that follows from the Frames.
type renderMemo struct {
	mu    sync.RWMutex
	pages map[string]memoPage // by output path
	// strings are the long strings of the last build's frames, by their
	// address (frameFingerprint).
	strings map[uintptr]placed
	// executed counts the pages of the last build whose templates ran.
	executed int
}

type memoPage struct {
	fp   fingerprint
	data []byte
}

// lookup returns the bytes the page at path had last time, if its
// fingerprint then was fp, or nil.
func (r *renderMemo) lookup(path string, fp fingerprint, ok bool) []byte {
	if !ok {
		return nil
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	if p, hit := r.pages[path]; hit && p.fp == fp {
		return p.data
	}
	return nil
}

// keep makes the pages of a good build the memo, in place of the last
// build's: a page the site no longer has goes. results may be shared with
// the build's Output, which never changes them.
func (r *renderMemo) keep(jobs []job, fps []fingerprint, used [][]placed, ok []bool, results [][]byte, executed int) {
	pages := make(map[string]memoPage, len(jobs))
	strs := make(map[uintptr]placed, len(r.strings))
	for i, j := range jobs {
		if ok[i] {
			pages[j.path] = memoPage{fp: fps[i], data: results[i]}
		}
		for _, p := range used[i] {
			strs[uintptr(unsafe.Pointer(unsafe.StringData(p.s)))] = p
		}
	}
	r.mu.Lock()
	r.pages, r.strings, r.executed = pages, strs, executed
	r.mu.Unlock()
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
