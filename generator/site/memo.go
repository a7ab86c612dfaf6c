package site

import "sync"

// A renderMemo keeps the pages of the last build with the fingerprint of
// what each was rendered from (fingerprint.go), so the next build executes
// the templates of only the pages whose fingerprint changed: after an edit
// of one page, that page and the lists, neighbours and menus that show
// it; after an edit of figures, the pages that show them. Nothing here
// knows which kind of page shows what: that follows from the Frames.
type renderMemo struct {
	mu    sync.RWMutex
	pages map[string]memoPage // by output path
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
func (r *renderMemo) keep(jobs []job, fps []fingerprint, ok []bool, results [][]byte, executed int) {
	pages := make(map[string]memoPage, len(jobs))
	for i, j := range jobs {
		if ok[i] {
			pages[j.path] = memoPage{fp: fps[i], data: results[i]}
		}
	}
	r.mu.Lock()
	r.pages, r.executed = pages, executed
	r.mu.Unlock()
}
