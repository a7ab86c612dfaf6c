package publish

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// A Folder is a site being published file by file, so a build can write
// each page as soon as it is rendered instead of holding the whole site in
// memory. Open takes the lock and makes the staging folder; Put adds files
// to it, from any number of goroutines; Commit swaps it into place, and
// Abort, after a failed build, removes it and leaves the published site as
// it was. Every rule of Write holds: Write is Open, Put and Commit.
type Folder struct {
	dir, parent, base string
	staging           string
	previous          string // the published folder, "" when there is none
	unlock            func()

	mu    sync.Mutex
	paths map[string]bool
	dirs  sync.Map // folder in staging → *made
	done  bool
	// old are the files the staging folder held when it was the spare:
	// each is kept if Put gives the same content, else replaced, and
	// removed by Commit if Put never names it.
	old      map[string]bool
	need     map[string]bool // folders of the new site, made by needed
	siblings []Sibling
	rewrite  func(string, []byte) ([]byte, error)
}

// made is one folder of the staging folder, created once.
type made struct {
	once sync.Once
	err  error
}

// Open starts publishing the folder dir: it checks the folder may be
// written, waits for any other build publishing it, and makes the staging
// folder, which holds the marker from the start so that a build killed at
// any later moment leaves a folder the next build knows it may remove.
func Open(dir string, opt Options) (*Folder, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if err := guard(dir, opt.Site); err != nil {
		return nil, err
	}
	f := &Folder{dir: dir, parent: filepath.Dir(dir), base: filepath.Base(dir), paths: map[string]bool{}, siblings: opt.Siblings, rewrite: opt.Rewrite}
	if err := os.MkdirAll(f.parent, 0o755); err != nil {
		return nil, err
	}
	f.unlock, err = lock(filepath.Join(f.parent, "."+f.base+"-lock"), dir, opt.Say)
	if err != nil {
		return nil, err
	}
	removeStale(f.parent, f.base)
	exists, err := checkOwned(dir)
	if err == nil {
		if exists {
			f.previous = dir
		}
		f.staging, err = os.MkdirTemp(f.parent, "."+f.base+"-new-")
	}
	if err == nil {
		f.adoptSpare()
		err = f.writeMarker(nil)
		if err == nil {
			err = os.Chmod(f.staging, 0o755)
		}
		if err != nil {
			os.RemoveAll(f.staging)
		}
	}
	if err != nil {
		f.unlock()
		return nil, err
	}
	return f, nil
}

// writeMarker writes the marker, listing paths, into the staging folder.
func (f *Folder) writeMarker(paths []string) error {
	var list strings.Builder
	list.WriteString(markerHead)
	for _, p := range paths {
		list.WriteString(p)
		list.WriteByte('\n')
	}
	return os.WriteFile(filepath.Join(f.staging, Marker), []byte(list.String()), 0o644)
}

// Put adds a file (its path "/" separated, no leading slash) to the site
// being published. A file whose content is byte for byte the file at the
// same path in the published folder is hard-linked from there instead of
// written. The file's siblings (Options.Siblings) follow it.
func (f *Folder) Put(p string, data []byte) error {
	if f.rewrite != nil {
		var err error
		if data, err = f.rewrite(p, data); err != nil {
			return err
		}
	}
	from, err := f.put(p, data)
	if err != nil {
		return err
	}
	return f.putSiblings(p, data, from)
}

// PutAll puts every file of files, several at a time (Put's rewriting and
// siblings are work for the processor), and returns the first error.
func (f *Folder) PutAll(files map[string][]byte) error {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return parallel(paths, func(p string) error { return f.Put(p, files[p]) })
}

// source says where put found a file's content.
type source int

const (
	written  source = iota // written anew
	spare                  // the spare's copy, kept
	previous               // the published copy, linked
)

func (f *Folder) put(p string, data []byte) (source, error) {
	if !fs.ValidPath(p) || p == "." || p == Marker || strings.Contains(p, `\`) {
		return written, fmt.Errorf("đường dẫn không hợp lệ trong kết quả: %q", p)
	}
	if err := f.claim(p); err != nil {
		return written, err
	}
	if err := f.mkdir(path.Dir(p)); err != nil {
		return written, err
	}
	dst := filepath.Join(f.staging, filepath.FromSlash(p))
	if f.old[p] {
		if same(dst, data) {
			return spare, nil // the spare's copy, as it was
		}
		// Unlinked, never rewritten in place: it may be a hard link to
		// the published file.
		if err := os.RemoveAll(dst); err != nil { // a folder of the spare, too
			return written, err
		}
	}
	if f.previous != "" {
		old := filepath.Join(f.previous, filepath.FromSlash(p))
		if same(old, data) && os.Link(old, dst) == nil {
			return previous, nil
		}
	}
	return written, os.WriteFile(dst, data, 0o644)
}

// claim records that p is part of the new site, once.
func (f *Folder) claim(p string) error {
	f.mu.Lock()
	taken, done := f.paths[p], f.done
	f.paths[p] = true
	f.mu.Unlock()
	if done {
		return errors.New("publish: Put after Commit or Abort")
	}
	if taken {
		return fmt.Errorf("publish: %s put twice", p)
	}
	return nil
}

// mkdir makes the folder d of the staging folder and its parents, each
// once however many files go into it at the same time.
func (f *Folder) mkdir(d string) error {
	if d == "." {
		return nil
	}
	v, _ := f.dirs.LoadOrStore(d, &made{})
	m := v.(*made)
	m.once.Do(func() {
		if m.err = f.mkdir(path.Dir(d)); m.err == nil {
			full := filepath.Join(f.staging, filepath.FromSlash(d))
			m.err = os.Mkdir(full, 0o755)
			if m.err != nil && f.old[d] {
				// A file of the spare where the new site has a folder.
				if m.err = os.Remove(full); m.err == nil {
					m.err = os.Mkdir(full, 0o755)
				}
			}
		}
	})
	return m.err
}

// Commit lists every file in the marker and puts the staging folder in
// the place of the published one, in one step where the system allows.
func (f *Folder) Commit() error {
	if !f.finish() {
		return errors.New("publish: Commit after Commit or Abort")
	}
	defer f.unlock()
	if err := f.dropLeftovers(); err != nil {
		os.RemoveAll(f.staging)
		return err
	}
	paths := make([]string, 0, len(f.paths))
	for p := range f.paths {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	if err := f.writeMarker(paths); err != nil {
		os.RemoveAll(f.staging)
		return err
	}
	if f.previous == "" {
		return os.Rename(f.staging, f.dir)
	}
	if err := swap(f.staging, f.dir); err != nil {
		os.RemoveAll(f.staging)
		return err
	}
	// The staging folder now holds the previous site: the next build
	// starts from it.
	if os.Rename(f.staging, f.spareDir()) != nil {
		os.RemoveAll(f.staging)
	}
	return nil
}

// spareDir is where the previous site waits for the next build.
func (f *Folder) spareDir() string { return filepath.Join(f.parent, "."+f.base+"-spare") }

// adoptSpare makes the spare the staging folder, in place of the empty one
// Open made. Its folders are there already, and creating folders is most
// of the cost of writing a large site; its files are compared with the new
// ones as they come. It is walked, not trusted to its marker, so nothing
// in it that the new site lacks survives Commit.
func (f *Folder) adoptSpare() {
	spare := f.spareDir()
	if _, err := os.Stat(filepath.Join(spare, Marker)); err != nil {
		return // none, or a folder that is not ours: never touched
	}
	if os.Remove(f.staging) != nil || os.Rename(spare, f.staging) != nil {
		os.RemoveAll(spare)
		os.Mkdir(f.staging, 0o700)
		return
	}
	f.old = map[string]bool{}
	err := filepath.WalkDir(f.staging, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(f.staging, p)
		rel = filepath.ToSlash(rel)
		switch {
		case rel == "." || rel == Marker:
		case d.IsDir():
			m := &made{}
			m.once.Do(func() {})
			f.dirs.Store(rel, m)
			f.old[rel] = true
		case d.Type().IsRegular():
			f.old[rel] = true
		default:
			return os.Remove(p) // a link or device: never published
		}
		return nil
	})
	if err != nil {
		// Start from an empty folder rather than from one half known.
		os.RemoveAll(f.staging)
		os.Mkdir(f.staging, 0o700)
		f.old = nil
		f.dirs = sync.Map{}
	}
}

// dropLeftovers removes what the spare held that the new site does not.
func (f *Folder) dropLeftovers() error {
	var gone []string
	for p := range f.old {
		if f.paths[p] {
			continue
		}
		if _, isDir := f.dirs.Load(p); isDir && f.needed(p) {
			continue
		}
		gone = append(gone, p)
	}
	sort.Strings(gone) // parents before children
	removed := map[string]bool{}
	for _, p := range gone {
		if f.under(p, removed) {
			continue // went with its folder, or its folder is a new file
		}
		removed[p] = true
		if err := os.RemoveAll(filepath.Join(f.staging, filepath.FromSlash(p))); err != nil {
			return err
		}
	}
	return nil
}

// under reports whether a folder above p is removed or is a new file.
func (f *Folder) under(p string, removed map[string]bool) bool {
	for q := path.Dir(p); q != "."; q = path.Dir(q) {
		if removed[q] || f.paths[q] {
			return true
		}
	}
	return false
}

// needed reports whether folder d holds any file of the new site.
func (f *Folder) needed(d string) bool {
	if f.need == nil {
		f.need = map[string]bool{}
		for p := range f.paths {
			for q := path.Dir(p); q != "." && !f.need[q]; q = path.Dir(q) {
				f.need[q] = true
			}
		}
	}
	return f.need[d]
}

// Abort removes the staging folder; the published site stays as it was.
func (f *Folder) Abort() {
	if f.finish() {
		os.RemoveAll(f.staging)
		f.unlock()
	}
}

// finish marks the folder done, and reports whether it was not already.
func (f *Folder) finish() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	was := f.done
	f.done = true
	return !was
}

// same reports whether the file old is a regular file holding exactly data.
// Reading a file is much cheaper than creating one, and most of a rebuild
// is unchanged, so comparing first saves most of the writing. The content
// itself is compared, not a hash kept from the last build, so a file
// changed by hand in the output folder is never carried over.
func same(old string, data []byte) bool {
	info, err := os.Lstat(old)
	if err != nil || !info.Mode().IsRegular() || info.Size() != int64(len(data)) {
		return false
	}
	file, err := os.Open(old)
	if err != nil {
		return false
	}
	defer file.Close()
	buf := reads.Get().(*[]byte)
	defer reads.Put(buf)
	if cap(*buf) < len(data)+1 {
		*buf = make([]byte, len(data)+1)
	}
	b := (*buf)[:len(data)+1] // one byte more, to see the file did not grow
	n, err := io.ReadFull(file, b)
	return (err == io.ErrUnexpectedEOF || err == io.EOF) && n == len(data) && bytes.Equal(b[:n], data)
}

// reads are buffers for same.
var reads = sync.Pool{New: func() any { return new([]byte) }}

// writers is how many files are created at once. Creating folders and
// files is nearly all waiting on the file system (the profile of a 10,000
// page write is 95% system calls), so more writers than cores keep it busy;
// BenchmarkWrite measures it.
const writers = 16

// parallel runs do on every item with up to writers at once, and returns
// the first error.
func parallel(items []string, do func(string) error) error {
	var (
		wg    sync.WaitGroup
		next  atomic.Int64
		first atomic.Pointer[error]
	)
	for w := 0; w < min(writers, len(items)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := next.Add(1) - 1; i < int64(len(items)) && first.Load() == nil; i = next.Add(1) - 1 {
				if err := do(items[i]); err != nil {
					first.CompareAndSwap(nil, &err)
				}
			}
		}()
	}
	wg.Wait()
	if err := first.Load(); err != nil {
		return *err
	}
	return nil
}
