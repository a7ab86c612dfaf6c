package site

import (
	"html/template"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/minhbach/minhbach/generator/content"
)

// A section is a folder under content/: its pages and, when it has one,
// its introduction (_index.md). Every section has a list of its pages at
// /S/, ten a page (/S/trang/2/, …); the news (tin-tuc) is the section with
// a feed, listed newest first. The header menu names sections, not their
// pages, so a page's size does not grow with the site.
type section struct {
	Name  string // the folder, "tin-tuc"
	Index *content.Page
	Pages []*content.Page
	// indexFrom are the pages Index is made of in another edition: the
	// original and its translation, which Index copies (editions.go).
	indexFrom [2]*content.Page
}

// indexKey names the section's introduction by the pages of the page
// cache it is made of, which are the same from one build to the next
// when their files are.
func (s *section) indexKey() [2]*content.Page {
	if s.indexFrom[0] != nil {
		return s.indexFrom
	}
	return [2]*content.Page{s.Index, nil}
}

// newsSection is the folder of the news.
const newsSection = "tin-tuc"

// perPage is how many items one page of a list shows.
const perPage = 10

func (m *model) sectionTitle(s *section) string {
	if s.Index != nil {
		return s.Index.Title
	}
	if s.Name == newsSection {
		return m.words.T("news")
	}
	return s.Name
}

// group puts published pages in their sections: the home page's and the
// sections' introductions in index, top-level pages in m.pages, the rest
// in m.sections (sorted by folder), the news also in m.news.
func (m *model) group(published []*content.Page) {
	bySection := map[string]*section{newsSection: {Name: newsSection}}
	for _, p := range published {
		if p.Section == "" {
			if p.IsIndex() {
				m.index[""] = p
			} else {
				m.pages = append(m.pages, p)
			}
			continue
		}
		s := bySection[p.Section]
		if s == nil {
			s = &section{Name: p.Section}
			bySection[p.Section] = s
		}
		if p.IsIndex() {
			s.Index, m.index[p.Section] = p, p
		} else {
			s.Pages = append(s.Pages, p)
		}
	}
	for _, s := range bySection {
		m.sections = append(m.sections, s)
		order := byWeight
		if s.Name == newsSection {
			order, m.news = newestFirst, s.Pages
		}
		sort.SliceStable(s.Pages, func(i, j int) bool { return order(s.Pages[i], s.Pages[j]) })
	}
	sort.Slice(m.sections, func(i, j int) bool { return m.sections[i].Name < m.sections[j].Name })
	sort.SliceStable(m.pages, func(i, j int) bool { return byWeight(m.pages[i], m.pages[j]) })
}

// newestFirst orders news: by date, newest first, then by file name.
func newestFirst(a, b *content.Page) bool {
	if !a.Date.Equal(b.Date) {
		return a.Date.After(b.Date)
	}
	return a.Slug < b.Slug
}

// byWeight orders pages as menus show them: by weight, then newest first,
// then by file.
func byWeight(a, b *content.Page) bool {
	if a.Weight != b.Weight {
		return a.Weight < b.Weight
	}
	if !a.Date.Equal(b.Date) {
		return a.Date.After(b.Date)
	}
	return a.File < b.File
}

// fixedMenu starts the header menu of every site.
func (m *model) fixedMenu() []Link {
	return []Link{
		{URL: m.routes.Home(), Label: m.words.T("menu_home")},
		{URL: m.routes.Programme(), Label: m.words.T("menu_programme")},
		{URL: m.routes.List(newsSection, 1), Label: m.words.T("news")},
		{URL: m.routes.DataPage(), Label: m.words.T("menu_data")},
	}
}

// fixedMenuLen is how many entries fixedMenu has.
const fixedMenuLen = 4

// menu is the header menu every page shares: the fixed entries, then the
// top-level pages and the sections other than the news, by weight and then
// by file (a section's weight and file are its _index.md's).
func (m *model) menu() []Link {
	nav := m.fixedMenu()
	type entry struct {
		link   Link
		weight int
		file   string
	}
	var entries []entry
	for _, p := range m.pages {
		entries = append(entries, entry{Link{URL: m.routes.Local(p.URL()), Label: p.Title}, p.Weight, p.File})
	}
	for _, s := range m.sections {
		if s.Name == newsSection {
			continue
		}
		e := entry{Link{URL: m.routes.List(s.Name, 1), Label: m.sectionTitle(s)}, 0, content.Dir + "/" + s.Name + "/_index.md"}
		if s.Index != nil {
			e.weight = s.Index.Weight
		}
		entries = append(entries, e)
	}
	sort.SliceStable(entries, func(i, j int) bool {
		if entries[i].weight != entries[j].weight {
			return entries[i].weight < entries[j].weight
		}
		return entries[i].file < entries[j].file
	})
	for _, e := range entries {
		nav = append(nav, e.link)
	}
	return nav
}

// navFor is the menu as the page at url shows it: the entry it is in is
// marked current. Pages that mark the same entries share one copy (a
// layout only reads it): a big site has ten thousand pages per edition
// and a handful of menus.
func (m *model) navFor(url string) []Link {
	var current uint64
	if len(m.nav) > 64 || m.navs == nil {
		return m.markNav(url)
	}
	for i, l := range m.nav {
		if l.URL == url || l.URL != m.routes.Home() && strings.HasPrefix(url, l.URL) {
			current |= 1 << i
		}
	}
	return m.navs.get(m.nav, current, func() []Link { return m.markNav(url) })
}

// markNav is navFor, worked out in a copy of its own.
func (m *model) markNav(url string) []Link {
	nav := slices.Clone(m.nav)
	for i := range nav {
		nav[i].Current = nav[i].URL == url || nav[i].URL != m.routes.Home() && strings.HasPrefix(url, nav[i].URL)
	}
	return nav
}

// A navMemo keeps a build's menus by the menu they mark (each edition has
// its own, m.nav) and the entries they mark current, one bit each.
type navMemo struct {
	mu   sync.Mutex // planning editions at once would share it
	navs map[navKey][]Link
}

type navKey struct {
	menu    *Link // the first entry of the edition's menu, which is never empty
	current uint64
}

// get returns the menu marked as current says, made by mark the first time.
func (n *navMemo) get(menu []Link, current uint64, mark func() []Link) []Link {
	if len(menu) == 0 {
		return mark()
	}
	k := navKey{&menu[0], current}
	n.mu.Lock()
	defer n.mu.Unlock()
	if nav, ok := n.navs[k]; ok {
		return nav
	}
	if n.navs == nil {
		n.navs = map[navKey][]Link{}
	}
	n.navs[k] = mark()
	return n.navs[k]
}

// listPages is how many pages a section's list has; there is always a
// first page.
func listPages(s *section) int { return max(1, (len(s.Pages)+perPage-1)/perPage) }

// listMembers are the pages listed on page i (from 0) of s's list.
func listMembers(s *section, i int) []*content.Page {
	return s.Pages[min(len(s.Pages), i*perPage):min(len(s.Pages), (i+1)*perPage)]
}

// listView is page i (from 0) of the n pages of s's list.
func (m *model) listView(s *section, i, n int) ListView {
	lv := ListView{Title: m.sectionTitle(s), Page: i + 1, Of: n, News: s.Name == newsSection}
	if i == 0 && s.Index != nil {
		lv.Intro, lv.IntroLang = template.HTML(s.Index.Body.String()), m.untranslated(s.Index)
	}
	for _, p := range listMembers(s, i) {
		lv.Items = append(lv.Items, m.newsItem(p))
	}
	if i > 0 {
		lv.Prev = &Link{URL: m.routes.List(s.Name, i)} // worded by the layout
	}
	if i+1 < n {
		lv.Next = &Link{URL: m.routes.List(s.Name, i+2)}
	}
	return lv
}

// section returns the section of a folder, nil when none has pages.
func (m *model) section(name string) *section {
	for _, s := range m.sections {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// planSection plans a section's pages, then its list. page plans one
// page, and list one page of the list (planIt) unless the preview's memo
// has it (planMemo).
func (m *model) planSection(add adder, pl planners, s *section) {
	for _, p := range s.Pages {
		pl.page(p)
	}
	description := m.words.T("news_description")
	if s.Name != newsSection {
		description = m.sectionTitle(s)
		if s.Index != nil && s.Index.Summary != "" {
			description = s.Index.Summary
		}
	}
	n := listPages(s)
	for i := range n {
		url := m.routes.List(s.Name, i+1)
		pl.list(url, listKey{index: s.indexKey(), of: n, pages: listMembers(s, i)}, func() {
			lv := m.listView(s, i, n)
			add(url, "list", lv.Title, description, lv)
		})
	}
}
