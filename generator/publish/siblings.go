package publish

import (
	"os"
	"path/filepath"
)

// A Sibling is a file made from each published file and published beside
// it, such as its gzip copy index.html.gz for hosts that serve one.
type Sibling struct {
	// Suffix is added to the file's path to name the sibling: ".gz".
	Suffix string
	// Make returns the sibling of the file p holding data, and false for
	// none (a file not worth compressing). It must depend on p and data
	// alone: see Options.Siblings.
	Make func(p string, data []byte) ([]byte, bool)
}

// putSiblings publishes the siblings of the file p, which put found at
// from. Making a sibling (compressing) costs much more than comparing a
// file, so for a file whose content is unchanged (kept from the spare or
// linked from the published folder) the sibling that was made beside that
// same copy is kept or linked too, unread: it was made from the same
// bytes. Only a sibling missing there (after the setting that asks for it
// was added) is made anew.
func (f *Folder) putSiblings(p string, data []byte, from source) error {
	for _, s := range f.siblings {
		q := p + s.Suffix
		if from != written {
			reused, err := f.reuse(q, from)
			if err != nil {
				return err
			}
			if reused {
				continue
			}
		}
		b, ok := s.Make(p, data)
		if !ok {
			continue
		}
		if _, err := f.put(q, b); err != nil {
			return err
		}
	}
	return nil
}

// reuse keeps the spare's copy of q or links the published one, as from
// says, and reports whether there was one to keep.
func (f *Folder) reuse(q string, from source) (bool, error) {
	dst := filepath.Join(f.staging, filepath.FromSlash(q))
	regular := func(name string) bool {
		info, err := os.Lstat(name)
		return err == nil && info.Mode().IsRegular()
	}
	switch {
	case from == spare && f.old[q] && regular(dst):
	case from == previous && regular(filepath.Join(f.previous, filepath.FromSlash(q))):
		if f.old[q] {
			if err := os.RemoveAll(dst); err != nil {
				return false, err
			}
		}
		if os.Link(filepath.Join(f.previous, filepath.FromSlash(q)), dst) != nil {
			return false, nil // made anew, then
		}
	default:
		return false, nil
	}
	return true, f.claim(q)
}
