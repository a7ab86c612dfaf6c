// Package sitefs is a site's folder as every stage reads it: nothing from
// outside the folder, and none of the files that editors, version control
// and operating systems leave beside the real ones.
//
// Outside. Dir roots every read at the site's folder with os.Root, so no
// path and no symbolic link can lead out of it: content/anh/env.txt linked
// to /proc/self/environ (the build's environment, CI secrets included) is
// refused, and the problem names the link and where it points. A link that
// stays inside the folder is read as the file it points to, so a shared
// image can live once and be linked from two pages. A link to a folder is
// not followed (the walk would reach the same files twice, or loop); reading
// one is a problem that says to copy the folder instead.
//
// Hidden and left-behind files. These are never read or published, as if
// they were not there:
//
//	.*               hidden files and folders: .git/, .DS_Store, .env
//	*~  #*#  .#*     editor backups, autosaves and lock files (Emacs, vim, gedit)
//	*.swp *.swo      vim swap files
//	*.bak *.tmp      backups and temporaries
//	Thumbs.db desktop.ini   Windows folder caches
//
// New wraps any fs.FS with the same rules, so tests can use fstest.MapFS.
package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"

	"github.com/minhbach/minhbach/generator/diag"
)

// FS reads a site's folder by the rules above.
type FS struct {
	inner fs.FS
}

// Dir returns the site folder dir as an FS that never reads outside it,
// as os.DirFS does without that guarantee. If dir cannot be opened, every
// read fails with the reason, as it would with os.DirFS.
func Dir(dir string) *FS {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return New(broken{err})
	}
	// The root stays open for the life of the process: every build and
	// every preview rebuild reads through it, so callers open it once.
	return New(root.FS())
}

// broken is a folder that could not be opened.
type broken struct{ err error }

func (b broken) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: b.err}
}

// New applies the rules to fsys. Containment is only as strong as fsys's
// own: use Dir for a folder on disk.
func New(fsys fs.FS) *FS {
	if f, ok := fsys.(*FS); ok {
		return f
	}
	return &FS{inner: fsys}
}

// Ignored reports whether a file or folder name is one that is never
// read or published.
func Ignored(name string) bool {
	switch {
	case name == "." || name == "":
		return false
	case strings.HasPrefix(name, "."), strings.HasSuffix(name, "~"),
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".swp", ".swo", ".bak", ".tmp":
		return true
	}
	switch strings.ToLower(name) {
	case "thumbs.db", "desktop.ini":
		return true
	}
	return false
}

// hidden reports whether any element of a slash-separated path is ignored.
func hidden(name string) bool {
	for _, el := range strings.Split(name, "/") {
		if Ignored(el) {
			return true
		}
	}
	return false
}

func notExist(op, name string) error {
	return &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
}

// Open opens a file or folder of the site.
func (f *FS) Open(name string) (fs.File, error) {
	if hidden(name) {
		return nil, notExist("open", name)
	}
	file, err := f.inner.Open(name)
	if err != nil {
		return nil, f.explain(name, err)
	}
	return file, nil
}

// ReadFile reads a whole file of the site.
func (f *FS) ReadFile(name string) ([]byte, error) {
	if hidden(name) {
		return nil, notExist("readfile", name)
	}
	data, err := fs.ReadFile(f.inner, name)
	if err != nil {
		return nil, f.explain(name, err)
	}
	return data, nil
}

// Stat describes a file or folder of the site.
func (f *FS) Stat(name string) (fs.FileInfo, error) {
	if hidden(name) {
		return nil, notExist("stat", name)
	}
	info, err := fs.Stat(f.inner, name)
	if err != nil {
		return nil, f.explain(name, err)
	}
	return info, nil
}

// ReadDir lists a folder of the site without the ignored names.
func (f *FS) ReadDir(name string) ([]fs.DirEntry, error) {
	if hidden(name) {
		return nil, notExist("readdir", name)
	}
	entries, err := fs.ReadDir(f.inner, name)
	if err != nil {
		return nil, f.explain(name, err)
	}
	kept := entries[:0]
	for _, e := range entries {
		if !Ignored(e.Name()) {
			kept = append(kept, e)
		}
	}
	return kept, nil
}

// explain turns a failed read through a symbolic link into a problem that
// says what the link is; other errors pass unchanged.
func (f *FS) explain(name string, err error) error {
	links, ok := f.inner.(fs.ReadLinkFS)
	if !ok || errors.Is(err, fs.ErrNotExist) && !isLink(links, name) {
		return err
	}
	// The link may be the file itself or any folder on its way.
	for p := name; p != "." && p != "/"; p = path.Dir(p) {
		if !isLink(links, p) {
			continue
		}
		target, lerr := links.ReadLink(p)
		if lerr != nil {
			continue
		}
		switch {
		case path.IsAbs(target) || !fs.ValidPath(path.Join(path.Dir(p), target)):
			return diag.Problem{File: p, Msg: "đây là liên kết tượng trưng trỏ ra ngoài thư mục của trang (tới " + target + "); minhbach chỉ đọc tệp nằm trong thư mục của trang, để không bao giờ đăng nhầm tệp của máy dựng. Hãy chép tệp vào thay cho liên kết"}
		case p == name && isDir(f.inner, name):
			return diag.Problem{File: p, Msg: "đây là liên kết tới thư mục " + target + "; minhbach không đi theo liên kết tới thư mục. Hãy chép thư mục vào, hoặc liên kết từng tệp"}
		}
	}
	return err
}

func isLink(links fs.ReadLinkFS, name string) bool {
	info, err := links.Lstat(name)
	return err == nil && info.Mode()&fs.ModeSymlink != 0
}

func isDir(fsys fs.FS, name string) bool {
	info, err := fs.Stat(fsys, name)
	return err == nil && info.IsDir()
}
