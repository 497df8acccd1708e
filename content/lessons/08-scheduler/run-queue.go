package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1) // one P, one run queue

	// The lines are collected and printed at the end: a write to standard
	// output is a system call, and while main sits in one, Go may hand its
	// P to another thread, which then runs g1 early (the hand-off of the
	// system calls lesson). Collecting keeps main on its P, as in the tour.
	var mu sync.Mutex
	var out strings.Builder
	say := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(&out, format, args...)
	}

	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			say("g%d ", i)
		}()
		say("(made g%d) ", i)
	}
	say("\nmain blocks\n")
	wg.Wait()
	say("\nmain runs again\n")
	fmt.Print(out.String())
}
