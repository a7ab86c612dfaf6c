//go:build unix

package publish

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lock takes the lock file beside the output folder, waiting (and saying
// so) while another build holds it. The kernel lets go of it when the
// process ends, so a killed build never leaves the folder locked.
func lock(file, dir string, say func(string)) (unlock func(), err error) {
	f, err := os.OpenFile(file, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("không tạo được tệp khoá %s: %w", file, err)
	}
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		if say != nil {
			say("Một lần dựng khác đang ghi vào " + dir + "; đang chờ nó xong …")
		}
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("không khoá được %s: %w", file, err)
	}
	return func() { f.Close() }, nil
}
