// Package publish writes a built site to its output folder, the last stage
// of the pipeline, so that the folder only ever holds one complete site and
// nothing else is touched.
//
// The rules, in the order Write applies them:
//
//	where     the output folder may not be the site's folder, a folder above
//	          it, or inside one of its input folders (content/, data/,
//	          themes/, seeds/, generator/, .git/): a mistyped -out must never
//	          write over what staff edit.
//	whose     the folder must be missing, empty, or marked as written by
//	          minhbach: it holds the file .minhbach-output, which lists every
//	          file the last build wrote. A file there that is not in the list
//	          (a CNAME someone copied in) stops the build, since replacing the
//	          folder would delete it; the message says to put it in content/.
//	one at    a lock file beside the folder (.public-lock for public/) lets
//	a time    one build publish at a time; a second one waits, and says so.
//	staging   files go to a new folder beside it (.public-new-XXXX), which
//	          is then exchanged with the old one in one step (renameat2 with
//	          RENAME_EXCHANGE on Linux), so public/ exists at every moment and
//	          holds either the old site or the new one, never a mixture.
//	unchanged a file whose content is the same as the one at its path in
//	          the published folder is hard-linked from there into the
//	          staging folder instead of written again: the swap still puts
//	          a whole new folder in place, but most of a rebuild costs one
//	          read and one link per file. Without hard links (another file
//	          system, or one that has none) the file is written.
//	litter    a build killed half-way leaves its staging folder; the next
//	          build removes every staging folder that carries the marker.
//
// On systems without an atomic exchange the old folder is renamed aside and
// the new one put in its place: two renames, between which the folder is
// briefly missing. On systems without flock two builds are not kept apart.
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

// Marker is the file, at the top of an output folder, that says minhbach
// wrote the folder and lists the files it wrote.
const Marker = ".minhbach-output"

const markerHead = "# Thư mục này do minhbach tạo; mỗi lần dựng sẽ thay toàn bộ. Đừng sửa hay thêm tệp vào đây.\n"

// inputs are the site's own folders, which no output may go into.
var inputs = []string{"content", "data", "themes", "seeds", "generator", ".git"}

// Options say where the site being published lives.
type Options struct {
	// Site is the site's folder (where config.toml is). Required.
	Site string
	// Say, if set, hears that the build is waiting for another one.
	Say func(string)
}

// Write publishes files (path → content, "/" separated, no leading slash)
// as the folder dir.
func Write(files map[string][]byte, dir string, opt Options) error {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	if err := guard(dir, opt.Site); err != nil {
		return err
	}
	paths, err := sortedPaths(files)
	if err != nil {
		return err
	}
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	unlock, err := lock(filepath.Join(parent, "."+base+"-lock"), dir, opt.Say)
	if err != nil {
		return err
	}
	defer unlock()
	removeStale(parent, base)
	exists, err := checkOwned(dir)
	if err != nil {
		return err
	}
	previous := ""
	if exists {
		previous = dir
	}
	staging, err := stage(parent, base, files, paths, previous)
	if err != nil {
		return err
	}
	defer os.RemoveAll(staging) // after the swap, the old site; before, the unfinished new one
	if !exists {
		return os.Rename(staging, dir)
	}
	return swap(staging, dir)
}

// guard refuses an output folder that is, contains or lies inside the
// site's own folders.
func guard(dir, site string) error {
	if site == "" {
		return errors.New("publish: Options.Site is required")
	}
	site, err := filepath.Abs(site)
	if err != nil {
		return err
	}
	// Compare real paths, so a link to the site folder is the site folder.
	dir, site = realPath(dir), realPath(site)
	if dir == site || within(site, dir) {
		return fmt.Errorf("không thể ghi kết quả vào %s: đó là thư mục của trang hoặc thư mục chứa nó, và mọi thứ trong đó sẽ bị thay; hãy chọn một thư mục riêng, ví dụ -out public", dir)
	}
	for _, in := range inputs {
		own := filepath.Join(site, in)
		if dir == own || within(dir, own) {
			return fmt.Errorf("không thể ghi kết quả vào %s: đó là thư mục %s/ của trang; hãy chọn một thư mục riêng, ví dụ -out public", dir, in)
		}
	}
	return nil
}

// within reports whether path p lies strictly inside folder dir.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != "." && filepath.IsLocal(rel)
}

// realPath resolves links in the longest existing prefix of p.
func realPath(p string) string {
	rest := ""
	for {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(r, rest)
		}
		parent := filepath.Dir(p)
		if parent == p {
			return filepath.Join(p, rest)
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
}

func sortedPaths(files map[string][]byte) ([]string, error) {
	paths := make([]string, 0, len(files))
	for p := range files {
		if !fs.ValidPath(p) || p == "." || p == Marker || strings.Contains(p, `\`) {
			return nil, fmt.Errorf("đường dẫn không hợp lệ trong kết quả: %q", p)
		}
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths, nil
}

// checkOwned reports whether dir exists, and refuses it unless it is empty
// or holds only what the last build wrote.
func checkOwned(dir string) (bool, error) {
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if !info.IsDir() {
		return false, fmt.Errorf("%s không phải là thư mục; hãy chọn thư mục kết quả khác với -out", dir)
	}
	listed, err := readMarker(dir)
	if errors.Is(err, fs.ErrNotExist) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return false, err
		}
		if len(entries) > 0 {
			return false, fmt.Errorf("thư mục %s đã có tệp (ví dụ %s) nhưng không phải do minhbach tạo, nên sẽ không bị ghi đè; hãy chọn một thư mục trống với -out, hoặc tự xoá thư mục này nếu chắc chắn không cần", dir, entries[0].Name())
		}
		return true, nil
	}
	if err != nil {
		return false, err
	}
	var foreign []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if rel != Marker && !listed[rel] {
			foreign = append(foreign, rel)
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	if len(foreign) > 0 {
		more := ""
		if len(foreign) > 3 {
			more = fmt.Sprintf(" và %d tệp khác", len(foreign)-3)
		}
		return false, fmt.Errorf("%s có tệp không do minhbach ghi: %s%s; lần dựng tới sẽ thay cả thư mục và làm mất chúng. Muốn đăng tệp nào cùng trang, hãy đặt nó trong content/ (ví dụ content/CNAME); nếu không cần, hãy xoá chúng",
			dir, strings.Join(foreign[:min(3, len(foreign))], ", "), more)
	}
	return true, nil
}

// readMarker returns the files the marker of dir lists.
func readMarker(dir string) (map[string]bool, error) {
	data, err := os.ReadFile(filepath.Join(dir, Marker))
	if err != nil {
		return nil, err
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			listed[line] = true
		}
	}
	return listed, nil
}

// stage writes the marker, then every file, into a new folder beside dir.
func stage(parent, base string, files map[string][]byte, paths []string, previous string) (string, error) {
	staging, err := os.MkdirTemp(parent, "."+base+"-new-")
	if err != nil {
		return "", err
	}
	// The marker goes first, so that a build killed at any later moment
	// leaves a folder the next build knows it may remove.
	var list strings.Builder
	list.WriteString(markerHead)
	for _, p := range paths {
		list.WriteString(p)
		list.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(staging, Marker), []byte(list.String()), 0o644); err != nil {
		os.RemoveAll(staging)
		return "", err
	}
	if err := os.Chmod(staging, 0o755); err != nil {
		os.RemoveAll(staging)
		return "", err
	}
	if err := writeAll(staging, files, paths, previous); err != nil {
		os.RemoveAll(staging)
		return "", err
	}
	return staging, nil
}

// writers is how many files are created at once. Creating folders and
// files is nearly all waiting on the file system (the profile of a 10,000
// page write is 95% system calls), so more writers than cores keep it busy;
// BenchmarkWrite measures it.
const writers = 16

// writeAll creates the folders of paths, parents before children, then
// writes the files, each step spread over several writers. A file whose
// content is byte for byte the file at the same path in previous (the
// published site, "" for none) is hard-linked from there instead.
func writeAll(dir string, files map[string][]byte, paths []string, previous string) error {
	byDepth := map[int][]string{}
	seen := map[string]bool{}
	for _, p := range paths {
		for d := path.Dir(p); d != "." && !seen[d]; d = path.Dir(d) {
			seen[d] = true
			depth := strings.Count(d, "/")
			byDepth[depth] = append(byDepth[depth], d)
		}
	}
	for depth := 0; len(byDepth[depth]) > 0; depth++ {
		err := parallel(byDepth[depth], func(d string) error {
			return os.Mkdir(filepath.Join(dir, filepath.FromSlash(d)), 0o755)
		})
		if err != nil {
			return err
		}
	}
	return parallel(paths, func(p string) error {
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if previous != "" {
			old := filepath.Join(previous, filepath.FromSlash(p))
			if same(old, files[p]) && os.Link(old, dst) == nil {
				return nil
			}
		}
		return os.WriteFile(dst, files[p], 0o644)
	})
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
	f, err := os.Open(old)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := reads.Get().(*[]byte)
	defer reads.Put(buf)
	if cap(*buf) < len(data)+1 {
		*buf = make([]byte, len(data)+1)
	}
	b := (*buf)[:len(data)+1] // one byte more, to see the file did not grow
	n, err := io.ReadFull(f, b)
	return err == io.ErrUnexpectedEOF && n == len(data) && bytes.Equal(b[:n], data) ||
		len(data) == 0 && err == io.EOF
}

// reads are buffers for same.
var reads = sync.Pool{New: func() any { return new([]byte) }}

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

// removeStale removes the staging folders of builds that were stopped
// before they finished. It runs under the lock, so none is in use; a
// folder without the marker is not ours and is left alone.
func removeStale(parent, base string) {
	stale, _ := filepath.Glob(filepath.Join(parent, "."+base+"-new-*"))
	for _, s := range stale {
		if _, err := os.Stat(filepath.Join(s, Marker)); err == nil {
			os.RemoveAll(s)
			continue
		}
		// Killed before the marker was written: only an empty folder.
		if entries, err := os.ReadDir(s); err == nil && len(entries) == 0 {
			os.Remove(s)
		}
	}
}

// errNoExchange means the system cannot swap two folders in one step.
var errNoExchange = errors.New("atomic exchange unsupported")

// swap puts the staging folder in dir's place; afterwards staging holds
// the old site.
func swap(staging, dir string) error {
	err := exchange(staging, dir)
	if err == nil || !errors.Is(err, errNoExchange) {
		return err
	}
	// No atomic exchange here: two renames, with dir briefly missing.
	old := staging + "-old"
	if err := os.Rename(dir, old); err != nil {
		return err
	}
	if err := os.Rename(staging, dir); err != nil {
		os.Rename(old, dir) // put the previous site back
		return err
	}
	return os.Rename(old, staging)
}
