package main

import (
	"fmt"
	"sync"
	"time"
)

const work = time.Millisecond // a read, or a write, takes 1ms

// measure does one write, then readers reads, each reader locking read,
// the writer locking write. It returns how long it all took.
func measure(readers int, read, write sync.Locker) time.Duration {
	start := time.Now()
	write.Lock() // the writer gets in first
	var wg sync.WaitGroup
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			read.Lock()
			defer read.Unlock()
			time.Sleep(work) // reading
		}()
	}
	time.Sleep(work) // writing, while the readers wait
	write.Unlock()
	wg.Wait()
	return time.Since(start)
}

func main() {
	fmt.Printf("%-8s %-8s %s\n", "readers", "RWMutex", "Mutex")
	for _, readers := range []int{1, 4, 16, 64, 256, 1024} {
		var rw sync.RWMutex
		withRW := measure(readers, rw.RLocker(), &rw)
		var mu sync.Mutex
		withMutex := measure(readers, &mu, &mu)
		fmt.Printf("%-8d %-8v %v\n", readers, withRW, withMutex)
	}
}
