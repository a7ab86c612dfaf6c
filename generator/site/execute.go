package site

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/minhbach/minhbach/generator/content"
)

// job is one page to render: the layout kind and the finished frame.
type job struct {
	path  string // output path, "chi-tieu/8/index.html"
	kind  string
	frame *Frame  // nil once rendered (slim)
	addr  address // once rendered

	// With a memo: the fingerprint of what the page is rendered from,
	// whether it has one, and the long strings it took by their place.
	fp   fingerprint
	fpOK bool
	used []placed
	// page is the markdown page a job is of, and list what a page of a
	// list shows, for the preview's planMemo; reused says that the job is
	// that memo's, its frame gone (slim).
	page   *content.Page
	list   *listKey
	reused bool
}

// An address is what the build reads of a page once it is rendered: its
// language and addresses, for the sitemap and for errors.
type address struct {
	lang, url, canonical string
	alternates           []Alternate
}

// slim keeps of a rendered job's frame its address, and lets the frame
// go; nothing else holds a frame once it is planned.
func (j *job) slim() {
	if j.frame != nil {
		f := j.frame
		j.addr, j.frame = address{lang: f.Lang, url: f.URL, canonical: f.Canonical, alternates: f.Alternates}, nil
	}
}

// renderPages renders every job on every core and gives each page to
// m.write, or returns them by job. With a memo (the preview's), a page
// whose fingerprint is the one it had in the last build is not executed
// again: its bytes from then are the bytes it would render to; pages are
// then returned packed (memo.go). It also returns how many pages it
// executed.
func (m *model) renderPages(jobs []job) (results [][]byte, errs []error, executedPages int, err error) {
	results = make([][]byte, len(jobs))
	errs = make([]error, len(jobs))
	var known map[uintptr]placed
	var th fingerprint
	if m.memo != nil {
		known = m.memo.known()
		th = withAssets(m.themeFiles, m.Theme)
	}
	var wg sync.WaitGroup
	var failedWrite atomic.Pointer[error]
	var executed atomic.Int64
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var shared map[sliceKey]uint64 // this worker's, for this build
			if m.memo != nil {
				shared = map[sliceKey]uint64{}
			}
			for i := range next {
				j := &jobs[i]
				var page []byte
				if m.memo != nil {
					if !j.reused {
						j.fp, j.used, j.fpOK = frameFingerprint(th, j.kind, j.frame, known, shared)
					}
					results[i] = m.memo.lookup(j.path, j.fp, j.fpOK)
					if results[i] == nil && j.reused {
						// Never: reuse asked the memo, which this build does not change.
						errs[i] = errors.New("trang " + j.path + " dùng lại bản dựng trước nhưng bản đó đã mất; hãy dựng lại")
						continue
					}
					if results[i] != nil && m.write != nil {
						page, errs[i] = m.memo.packer.unpack(results[i])
					}
				}
				if results[i] == nil {
					page, errs[i] = m.Theme.Render(j.frame.Lang, j.kind, j.frame)
					executed.Add(1)
					results[i] = page
					if m.memo != nil && errs[i] == nil {
						results[i] = m.memo.packer.pack(page)
					}
				}
				if errs[i] == nil && m.write != nil {
					if err := m.write(j.path, page); err != nil {
						failedWrite.CompareAndSwap(nil, &err)
					}
					if m.streamed {
						// Written now and let go, with its body:
						// memory holds a page per worker, not the
						// site.
						results[i] = nil
						dropBody(j.frame)
					}
				}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := failedWrite.Load(); err != nil {
		return nil, nil, 0, *err
	}
	return results, errs, int(executed.Load()), nil
}

// dropBody lets a written page's body go; what is read of its frame
// afterwards (the sitemap, the pictures) is not the body.
func dropBody(f *Frame) {
	if v, ok := f.Main.(PageView); ok {
		v.body = content.Body{}
		f.Main = v
	}
}
