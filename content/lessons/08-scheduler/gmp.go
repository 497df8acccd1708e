package main

import (
	"fmt"
	"runtime"
	"time"
)

// The tour's runtime has eight Ps to start with; Go has one per CPU.
// tour:compare shape

func status(when string) {
	fmt.Printf("%-24s Ps=%d  Gs=%d\n",
		when,
		runtime.GOMAXPROCS(0), // 0 only asks
		runtime.NumGoroutine())
}

func main() {
	status("at the start")

	release := make(chan struct{})
	for range 3 {
		go func() {
			<-release // blocked: a G needs no P to wait
		}()
	}
	status("three Gs made")

	before := runtime.GOMAXPROCS(2) // returns the old setting
	status(fmt.Sprintf("Ps set to 2 (was %d)", before))

	close(release)               // all three can run, and end
	time.Sleep(time.Millisecond) // give them the moment
	status("three Gs ended")
}
