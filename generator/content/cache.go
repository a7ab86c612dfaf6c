package content

import (
	"hash/maphash"
	"sync"

	"github.com/minhbach/minhbach/generator/urls"
)

// A Cache keeps parsed pages from one Load to the next, for the preview,
// which loads the site again after every edit: a page whose file and
// markdown settings are as they were is not parsed again. Only pages that
// parsed without a problem and embed no chart are kept (a chart embed is
// checked against the indicators, which may have changed, and its body
// waits for the site). A Cache is safe for concurrent use.
type Cache struct {
	mu    sync.Mutex
	seed  maphash.Seed
	pages map[string]cached
	// unchanged, when set, says a file holds the bytes it held when it
	// was last read, so a kept page of it is taken without reading it.
	unchanged func(file string) bool
}

type cached struct {
	sum      uint64 // of the file's bytes, with the seed
	size     int
	settings settings
	page     *Page
}

// settings are what a page's parse depends on besides its file.
type settings struct {
	unsafe bool
	base   urls.Base
	zone   string
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{seed: maphash.MakeSeed(), pages: map[string]cached{}}
}

func (m *Markdown) settings() settings {
	return settings{unsafe: m.unsafe, base: m.base, zone: m.zone.String()}
}

// Unchanged gives the cache a way to know, without reading a file, that
// it holds what it held when it was last read, as a preview that watches
// the folder knows. Loads then skip reading the files it vouches for.
func (c *Cache) Unchanged(f func(file string) bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.unchanged = f
}

// unread returns the kept page of file when the file did not change.
func (c *Cache) unread(file string, s settings) *Page {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.pages[file]; ok && e.settings == s && c.unchanged != nil && c.unchanged(file) {
		return e.page
	}
	return nil
}

// get returns the page parsed from src with these settings, if kept.
func (c *Cache) get(file string, src []byte, s settings) (*Page, uint64) {
	sum := maphash.Bytes(c.seed, src)
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.pages[file]; ok && e.sum == sum && e.size == len(src) && e.settings == s {
		return e.page, sum
	}
	return nil, sum
}

// put keeps a page for the next Load, or forgets the file when p is nil.
func (c *Cache) put(file string, sum uint64, size int, s settings, p *Page) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p == nil || len(p.Charts) > 0 {
		delete(c.pages, file)
		return
	}
	c.pages[file] = cached{sum: sum, size: size, settings: s, page: p}
}

// keep forgets every file not in files: deleted pages.
func (c *Cache) keep(files []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	live := make(map[string]bool, len(files))
	for _, f := range files {
		live[f] = true
	}
	for f := range c.pages {
		if !live[f] {
			delete(c.pages, f)
		}
	}
}
