package site

import (
	"encoding/binary"
	"hash/maphash"
	"sync"
)

// A sitemapMemo keeps the preview's last sitemap with a hash of what it
// lists: an edit of a page's body or figures adds, moves and removes no
// page, and writing the 22,206 entries of a big site of two editions
// again (7 MB) cost a tenth of a rebuild, where hashing them costs a
// few milliseconds.
type sitemapMemo struct {
	mu    sync.Mutex
	key   uint64
	bytes []byte
}

// get returns the last sitemap when its key was key, else the one write
// gives, which it keeps. The bytes are never changed afterwards.
func (s *sitemapMemo) get(key uint64, write func() []byte) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bytes == nil || s.key != key {
		s.key, s.bytes = key, write()
	}
	return s.bytes
}

// sitemap is the site's sitemap.xml, taken from the memo when the preview
// has one and the sitemap would list the same.
func (m *model) sitemap(jobs []job) []byte {
	if m.memo == nil {
		return m.writeSitemap(jobs)
	}
	return m.memo.sitemap.get(sitemapKey(len(m.Config.Languages) > 1, jobs), func() []byte { return m.writeSitemap(jobs) })
}

// sitemapKey hashes all writeSitemap reads: whether the site has several
// editions, and of every page it lists, in order, its address and its
// alternates' languages and addresses. Each string goes with its length,
// so two lists never run into each other.
func sitemapKey(editions bool, jobs []job) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	var n [8]byte
	str := func(s string) {
		h.Write(binary.LittleEndian.AppendUint64(n[:0], uint64(len(s))))
		h.WriteString(s)
	}
	if editions {
		h.WriteByte(1)
	} else {
		h.WriteByte(0)
	}
	for _, j := range jobs {
		if !inSitemap(j.kind) {
			continue
		}
		str(j.addr.canonical)
		h.Write(binary.LittleEndian.AppendUint64(n[:0], uint64(len(j.addr.alternates))))
		for _, a := range j.addr.alternates {
			str(a.Lang)
			str(a.URL)
		}
	}
	return h.Sum64()
}

// inSitemap says whether pages of kind are listed: not the 404 page, and
// not the embeds, which ask search engines not to index them.
func inSitemap(kind string) bool { return kind != "404" && kind != "embed" }
