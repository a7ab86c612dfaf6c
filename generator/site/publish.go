package site

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Publish writes out to dir so that dir only ever holds a complete site: the
// files go to a new folder beside dir, which then takes dir's place. If
// anything fails before the swap, dir is left as it was.
func Publish(out *Output, dir string) error {
	dir = filepath.Clean(dir)
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+"-new-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp) // a no-op after a successful swap
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	for _, p := range out.Paths() {
		if !fs.ValidPath(p) || strings.Contains(p, `\`) {
			return fmt.Errorf("đường dẫn không hợp lệ trong kết quả: %q", p)
		}
		target := filepath.Join(tmp, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(target, out.Files[p], 0o644); err != nil {
			return err
		}
	}
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + "-old"
		if err := os.Rename(dir, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir) // put the previous site back
		}
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}
