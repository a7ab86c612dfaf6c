package preview

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watched are the inputs of a site, relative to its root.
var Watched = []string{"config.toml", "content", "data", "seeds", "themes"}

// settle is how long after the last change of a burst a rebuild starts:
// editors save by writing, renaming and touching a file in quick turns.
const settle = 25 * time.Millisecond

// Watch rebuilds the site whenever its inputs change, until ctx ends, and
// calls done with each result.
func (s *Server) Watch(ctx context.Context, done func(Result)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	if err := w.Add(s.root); err != nil { // for config.toml and new folders
		return err
	}
	for _, name := range Watched[1:] {
		addTree(w, filepath.Join(s.root, name))
	}
	var timer *time.Timer
	fire := make(chan struct{}, 1)
	later := func() {
		if timer != nil {
			timer.Stop()
		}
		timer = time.AfterFunc(settle, func() {
			select {
			case fire <- struct{}{}:
			default:
			}
		})
	}
	// What changed since the last rebuild; lost means the watcher
	// dropped events, so anything may have.
	var changed []string
	lost := false
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-w.Errors:
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				lost = true
				later()
				continue
			}
			if err != nil {
				return err
			}
		case ev := <-w.Events:
			if ignored(s.root, ev.Name) || ev.Op == fsnotify.Chmod {
				continue
			}
			if ev.Op&fsnotify.Create != 0 {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					addTree(w, ev.Name) // a new folder of pages or data
				}
			}
			if rel, err := filepath.Rel(s.root, ev.Name); err == nil {
				changed = append(changed, filepath.ToSlash(rel))
			} else {
				lost = true
			}
			later()
		case <-fire:
			if lost {
				changed = nil
			}
			done(s.rebuild(changed))
			changed, lost = []string{}, false
		}
	}
}

func addTree(w *fsnotify.Watcher, dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			if d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			w.Add(p)
		}
		return nil
	})
}

// ignored filters out what is not an input: the output, editors' temporary
// files, and files beside the inputs at the root.
func ignored(root, name string) bool {
	base := filepath.Base(name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") || strings.HasSuffix(base, ".swp") || base == "4913" {
		return true
	}
	rel, err := filepath.Rel(root, name)
	if err != nil {
		return true
	}
	top := strings.Split(filepath.ToSlash(rel), "/")[0]
	for _, w := range Watched {
		if top == w {
			return false
		}
	}
	return true
}
