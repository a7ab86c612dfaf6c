package site

import (
	"maps"
	"reflect"
	"slices"
	"sync"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/urls"
)

// A planMemo keeps, for the preview, how the last build planned each
// markdown page: its job, with the fingerprint its frame had. Most of a
// big site's frames are articles', and after an edit of one of them,
// planning and fingerprinting the other ten thousand again (in every
// edition) was most of a rebuild.
//
// A markdown page's frame is made of the page and of what the edition
// gives every page: its shared parts, menu, methodology link, routes and
// years, the site's languages, and the theme with its asset names (which
// words the dates, and names the search index every page links). The
// page cache gives an unchanged file's page as the very same
// *content.Page, so a page that is the same pointer as last time, in an
// edition whose signature (a fingerprint of all the rest) is the same as
// last time, has the frame it had then, and the page the memo packed
// from it. A page that names indicators (their badges follow the
// figures) or embeds charts (parsed again every build) is planned every
// time.
type planMemo struct {
	mu    sync.Mutex
	langs map[string]*plannedPages
}

// plannedPages are one edition's planned markdown pages, and the pages
// of its lists by path, each with the build that last planned or reused
// it. The maps are kept from build to build, and what a build did not
// plan is deleted at its end: a big site's twenty thousand jobs are not
// copied into new maps every build.
type plannedPages struct {
	sig   fingerprint
	build int
	pages map[*content.Page]plannedJob
	lists map[string]plannedJob
}

type plannedJob struct {
	job   job
	build int
}

// planners plan a markdown page, and a page of a list, unless the
// preview's memo has them.
type planners struct {
	page func(*content.Page)
	list func(url string, key listKey, planIt func())
}

// planners are the planners of m's edition, which add to jobs; add plans
// one page.
func (m *model) planners(jobs *[]job, add adder) planners {
	sig, sigOK := m.pageSignature()
	planned := m.plans.of(m.lang(), sig, sigOK)
	return planners{
		page: func(p *content.Page) {
			if j, ok := planned.reuse(p, m.memo); ok {
				*jobs = append(*jobs, j)
				return
			}
			m.markPage(add, p)
			if len(p.Charts) == 0 && len(p.Indicators) == 0 { // see planMemo
				(*jobs)[len(*jobs)-1].page = p
			}
		},
		list: func(url string, key listKey, planIt func()) {
			if j, ok := planned.reuseList(urls.File(url), key, m.memo); ok {
				*jobs = append(*jobs, j)
				return
			}
			planIt()
			(*jobs)[len(*jobs)-1].list = &key
		},
	}
}

// A listKey is what one page of a section's list shows besides what the
// edition gives every page: the section's introduction, how many pages
// the list has, and the pages it lists. A page of a list whose key is
// the same pointers as last time, in an edition of the same signature,
// has the frame it had then.
type listKey struct {
	index [2]*content.Page // section.indexKey
	of    int
	pages []*content.Page
}

func (k listKey) equal(o listKey) bool {
	return k.index == o.index && k.of == o.of && slices.Equal(k.pages, o.pages)
}

// of returns the pages edition lang planned last time with signature
// sig, and starts this build's; nil (plan every page) without a memo or
// without a signature.
func (pm *planMemo) of(lang string, sig fingerprint, ok bool) *plannedPages {
	if pm == nil || !ok {
		return nil
	}
	pm.mu.Lock()
	defer pm.mu.Unlock()
	if pm.langs == nil {
		pm.langs = map[string]*plannedPages{}
	}
	pp := pm.langs[lang]
	if pp == nil || pp.sig != sig {
		pp = &plannedPages{sig: sig, pages: map[*content.Page]plannedJob{}, lists: map[string]plannedJob{}}
		pm.langs[lang] = pp
	}
	pp.build++
	return pp
}

// reuse returns the job p had last time, when the memo still holds the
// page it rendered to.
func (pp *plannedPages) reuse(p *content.Page, memo *renderMemo) (job, bool) {
	if pp == nil {
		return job{}, false
	}
	pj, ok := pp.pages[p]
	j := pj.job
	if !ok || memo.lookup(j.path, j.fp, j.fpOK) == nil {
		return job{}, false
	}
	j.reused = true
	return j, true
}

// reuseList returns the job of the list page at path from last time, when
// it showed what key says and the memo still holds its page.
func (pp *plannedPages) reuseList(path string, key listKey, memo *renderMemo) (job, bool) {
	if pp == nil {
		return job{}, false
	}
	pj, ok := pp.lists[path]
	j := pj.job
	if !ok || !j.list.equal(key) || memo.lookup(j.path, j.fp, j.fpOK) == nil {
		return job{}, false
	}
	j.reused = true
	return j, true
}

// keep records the markdown pages of a rendered edition for the next
// build, as slim jobs: what is read of a reused job is its path,
// fingerprint, long strings and address.
func (pm *planMemo) keep(jobs []job) {
	if pm == nil {
		return
	}
	pm.mu.Lock()
	defer pm.mu.Unlock()
	for _, j := range jobs {
		pp := pm.langs[j.addr.lang]
		switch {
		case pp == nil || !j.fpOK:
		case j.page != nil:
			pp.pages[j.page] = plannedJob{j, pp.build}
		case j.list != nil:
			pp.lists[j.path] = plannedJob{j, pp.build}
		}
	}
}

// done ends a build: what it did not plan goes.
func (pm *planMemo) done() {
	if pm == nil {
		return
	}
	pm.mu.Lock()
	defer pm.mu.Unlock()
	for _, pp := range pm.langs {
		maps.DeleteFunc(pp.pages, func(_ *content.Page, pj plannedJob) bool { return pj.build != pp.build })
		maps.DeleteFunc(pp.lists, func(_ string, pj plannedJob) bool { return pj.build != pp.build })
	}
}

// pageSignature fingerprints what every markdown page's frame in m's
// edition is made of besides its page (see planMemo).
func (m *model) pageSignature() (fingerprint, bool) {
	if m.memo == nil {
		return 0, false
	}
	e := newEncoder()
	e.uint(uint64(withAssets(m.themeFiles, m.Theme)))
	e.string(m.lang())
	ok := e.value(reflect.ValueOf(struct {
		Parts     *frameParts
		Nav       []Link
		Method    *Link
		Routes    any
		Years     config.Years
		Languages []string
	}{m.parts(), m.nav, m.method, m.routes, m.Config.Years, m.Config.Languages}))
	return e.sum(), ok
}
