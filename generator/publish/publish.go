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
//	unchanged the staging folder starts as the spare (.public-spare): the
//	          site before the published one, kept by the last build after
//	          its swap, so its folders need not be made again (making
//	          folders is most of the cost of writing a large site). Each
//	          file the spare holds with the same content is kept; one the
//	          published folder holds with the same content is hard-linked
//	          from there; only the rest is written, each as a new file, never
//	          in place (the published site may share it). Whatever else the
//	          spare holds is removed before the swap. Contents are compared,
//	          not hashes kept from a build, so a file changed by hand is
//	          never carried over. Without hard links the file is written.
//	litter    a build killed half-way leaves its staging folder; the next
//	          build removes every staging folder that carries the marker.
//
// On systems without an atomic exchange the old folder is renamed aside and
// the new one put in its place: two renames, between which the folder is
// briefly missing. On systems without flock two builds are not kept apart.
package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Marker is the file, at the top of an output folder, that says minhbach
// wrote the folder and lists the files it wrote.
const Marker = ".minhbach-output"

const markerHead = "# Thư mục này do minhbach tạo; mỗi lần dựng sẽ thay toàn bộ. Đừng sửa hay thêm tệp vào đây.\n"

// inputs are the site's own folders, which no output may go into.
var inputs = []string{"content", "data", "themes", "seeds", "generator", ".git"}

// Options say where the site being published lives, and what is done to
// its files on the way.
type Options struct {
	// Site is the site's folder (where config.toml is). Required.
	Site string
	// Say, if set, hears that the build is waiting for another one.
	Say func(string)
	// Siblings are made beside every file put, in order. Since a sibling
	// of an unchanged file is kept without being made again, Make must
	// depend on the file's path and content alone, and a sibling changed
	// by hand in the output folder is carried over while its file is not
	// changed.
	Siblings []Sibling
	// Rewrite, if set, gives the content to publish in place of each
	// file's (the file minified), before it is compared with the
	// published one and before its siblings are made.
	Rewrite func(p string, data []byte) ([]byte, error)
}

// Write publishes files (path → content, "/" separated, no leading slash)
// as the folder dir.
func Write(files map[string][]byte, dir string, opt Options) error {
	if _, err := sortedPaths(files); err != nil {
		return err
	}
	f, err := Open(dir, opt)
	if err != nil {
		return err
	}
	if err := f.PutAll(files); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
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
