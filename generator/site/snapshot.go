package site

import (
	"bytes"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/minhbach/minhbach/generator/sitefs"
)

// A snapshot is an fs.FS that keeps each file it reads and each folder it
// lists until it is told they changed, for the preview: reading the ten
// thousand files of a big site again takes longer than the rest of a
// rebuild after one edit, and the preview's watcher knows what changed.
// Readers get copies; the snapshot's own bytes never leave it.
type snapshot struct {
	inner fs.FS
	mu    sync.Mutex
	files map[string]*snapFile
	dirs  map[string][]fs.DirEntry
}

// snapMax is the largest file a snapshot keeps; a bigger one (a video in
// content/) is read from the folder each time.
const snapMax = 8 << 20

type snapFile struct {
	data []byte // nil for a page (.md), which is read from the folder
	info fs.FileInfo
}

func newSnapshot(inner fs.FS) *snapshot {
	s := &snapshot{inner: inner}
	s.forget(nil)
	return s
}

// forget drops what the snapshot holds of names (files or folders, and
// what is inside them), and the listing of the folders that hold them,
// since a file made or removed changes it; a kept file that is still a
// file was saved again, and leaves its folder's listing. No names drops
// everything.
func (s *snapshot) forget(names []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if names == nil {
		s.files, s.dirs = map[string]*snapFile{}, map[string][]fs.DirEntry{}
		return
	}
	for _, name := range names {
		name = path.Clean(name)
		if sitefs.Ignored(path.Base(name)) {
			continue // an editor's temporary file: never read nor listed
		}
		if f := s.files[name]; f != nil {
			if info, err := fs.Stat(s.inner, name); err == nil && info.Mode().IsRegular() {
				// A file saved again: its folder lists the same names.
				delete(s.files, name)
				continue
			}
		}
		inside := name + "/"
		for p := range s.files {
			if p == name || strings.HasPrefix(p, inside) {
				delete(s.files, p)
			}
		}
		for p := range s.dirs {
			if p == name || strings.HasPrefix(p, inside) || name == "." {
				delete(s.dirs, p)
			}
		}
		for d := path.Dir(name); ; d = path.Dir(d) {
			delete(s.dirs, d) // a folder made inside a new folder
			if d == "." {
				break
			}
		}
	}
}

// kept reports whether the snapshot holds name, which then holds what it
// held when first read: the preview's page cache takes the pages of such
// files without reading them.
func (s *snapshot) kept(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.files[name] != nil
}

// file returns the kept copy of a file, reading it if need be; nil when
// name is a folder, too large to keep, or cannot be read (the caller then
// reads the folder, and gets its error).
func (s *snapshot) file(name string) *snapFile {
	s.mu.Lock()
	f := s.files[name]
	s.mu.Unlock()
	if f != nil {
		return f
	}
	info, err := fs.Stat(s.inner, name)
	if err != nil || !info.Mode().IsRegular() || info.Size() > snapMax {
		return nil
	}
	data, err := fs.ReadFile(s.inner, name)
	if err != nil || len(data) > snapMax {
		return nil
	}
	f = &snapFile{data: data, info: sizedInfo{info, int64(len(data))}}
	if path.Ext(name) == ".md" {
		// Only vouched for: the page cache keeps what it was parsed
		// into, and reads it again only when it could not keep it.
		f.data = nil
	}
	s.mu.Lock()
	s.files[name] = f
	s.mu.Unlock()
	return f
}

// Open opens a kept file, or the folder's.
func (s *snapshot) Open(name string) (fs.File, error) {
	if f := s.file(name); f != nil && f.data != nil {
		return &openFile{Reader: bytes.NewReader(f.data), info: f.info}, nil
	}
	return s.inner.Open(name)
}

// ReadFile returns a copy of a kept file.
func (s *snapshot) ReadFile(name string) ([]byte, error) {
	if f := s.file(name); f != nil && f.data != nil {
		return bytes.Clone(f.data), nil
	}
	return fs.ReadFile(s.inner, name)
}

// Stat describes a kept file, or asks the folder.
func (s *snapshot) Stat(name string) (fs.FileInfo, error) {
	s.mu.Lock()
	f := s.files[name]
	s.mu.Unlock()
	if f != nil {
		return f.info, nil
	}
	return fs.Stat(s.inner, name)
}

// ReadDir returns the kept listing of a folder, listing it if need be.
func (s *snapshot) ReadDir(name string) ([]fs.DirEntry, error) {
	s.mu.Lock()
	entries, ok := s.dirs[name]
	s.mu.Unlock()
	if !ok {
		var err error
		if entries, err = fs.ReadDir(s.inner, name); err != nil {
			return nil, err
		}
		s.mu.Lock()
		s.dirs[name] = entries
		s.mu.Unlock()
	}
	return append([]fs.DirEntry(nil), entries...), nil
}

// sizedInfo is a file's description with the size of what was read.
type sizedInfo struct {
	fs.FileInfo
	size int64
}

func (i sizedInfo) Size() int64 { return i.size }

// openFile is a kept file, opened.
type openFile struct {
	*bytes.Reader
	info fs.FileInfo
}

func (f *openFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *openFile) Close() error               { return nil }
