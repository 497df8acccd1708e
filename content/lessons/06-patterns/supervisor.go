package main

import (
	"fmt"
	"runtime"
	"time"
)

// Two goroutines that log at the same instant do so in the scheduler's order.
// tour:compare unordered

// A Start starts a worker that stops when its done closes; it returns
// the worker's heartbeat.
type Start func(done <-chan struct{}) <-chan struct{}

// beat sends a beat if there is room for one; it never waits.
func beat(heartbeat chan<- struct{}) {
	select {
	case heartbeat <- struct{}{}:
	default:
	}
}

// supervise runs a worker, and replaces it whenever it is silent for
// timeout. The supervisor itself beats every pulse, stuck worker or not.
func supervise(done <-chan struct{}, pulse, timeout time.Duration, start Start) <-chan struct{} {
	heartbeat := make(chan struct{}, 1)
	go func() {
		ticker := time.NewTicker(pulse)
		defer ticker.Stop()
		for {
			workerDone := make(chan struct{})
			workerBeat := start(workerDone)
			silence := time.After(timeout)
		watch:
			for {
				select {
				case <-workerBeat:
					silence = time.After(timeout)
				case <-ticker.C:
					beat(heartbeat)
				case <-silence:
					break watch
				case <-done:
					close(workerDone)
					return
				}
			}
			close(workerDone) // stop this worker, stuck or not
			log("supervisor: worker silent, restarting")
		}
	}()
	return heartbeat
}

// worker beats once per unit of work. If flaky, unit 3 gets stuck until done.
func worker(done <-chan struct{}, name string, flaky bool) <-chan struct{} {
	heartbeat := make(chan struct{}, 1)
	go func() {
		for unit := 1; ; unit++ {
			beat(heartbeat)
			if flaky && unit == 3 {
				<-done // stuck
				log(name + ": stopped")
				return
			}
			select {
			case <-time.After(100 * time.Millisecond):
			case <-done:
				return
			}
			log(fmt.Sprintf("%s: unit %d done", name, unit))
		}
	}()
	return heartbeat
}

var start = time.Now()

func log(message string) {
	fmt.Printf("%-6v %s\n", time.Since(start), message)
}

func main() {
	started := 0
	startWorker := func(done <-chan struct{}) <-chan struct{} {
		started++
		return worker(done, fmt.Sprintf("worker %d", started), started == 1)
	}

	// main watches the supervisor as the supervisor watches its worker.
	done := make(chan struct{})
	const pulse = 300 * time.Millisecond
	heartbeat := supervise(done, pulse, 250*time.Millisecond, startWorker)
	end := time.After(time.Second)
	for {
		select {
		case <-heartbeat:
			log("main: supervisor alive")
			continue
		case <-time.After(2 * pulse):
			log("main: supervisor silent!")
			continue
		case <-end:
		}
		break
	}
	close(done)
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
