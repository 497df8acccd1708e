package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

var (
	ErrTimeout   = errors.New("runner: timed out")
	ErrInterrupt = errors.New("runner: interrupted")
)

// A Task is one job of the program; it must return early when stop closes.
type Task func(stop <-chan struct{})

// runTasks runs the tasks in order, unless the deadline passes or an
// interrupt arrives first. Either way the task in hand is stopped before
// it returns.
func runTasks(tasks []Task, timeout time.Duration, interrupt <-chan string) error {
	stop := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		for _, task := range tasks {
			select {
			case <-stop:
				return
			default:
			}
			task(stop)
		}
	}()

	timer := time.NewTimer(timeout)
	defer timer.Stop()
	var err error
	select {
	case <-finished:
	case <-timer.C:
		err = ErrTimeout
	case <-interrupt:
		err = ErrInterrupt
	}
	close(stop)
	<-finished // the task in hand has stopped
	return err
}

// program is the whole program: three backups of a second each.
func program(deadline, ctrlC time.Duration) {
	start := time.Now()
	log := func(what string) {
		fmt.Printf("  %-5v %s\n", time.Since(start), what)
	}

	backup := func(what string) Task {
		return func(stop <-chan struct{}) {
			select {
			case <-time.After(time.Second):
				log(what + " backed up")
			case <-stop:
				log(what + " stopped halfway")
			}
		}
	}

	// Stands for signal.Notify(interrupt, os.Interrupt): the key press
	// arrives on a channel with room for one signal.
	interrupt := make(chan string, 1)
	press := time.AfterFunc(ctrlC, func() { interrupt <- "interrupt" })
	defer press.Stop()

	tasks := []Task{backup("photos"), backup("mail"), backup("music")}
	if err := runTasks(tasks, deadline, interrupt); err != nil {
		log(err.Error() + ", exit status 1")
	} else {
		log("all done, exit status 0")
	}
}

func main() {
	const never = time.Hour
	fmt.Println("deadline 5s:")
	program(5*time.Second, never)
	fmt.Println("deadline 2.5s:")
	program(2500*time.Millisecond, never)
	fmt.Println("deadline 5s, Ctrl+C at 1.5s:")
	program(5*time.Second, 1500*time.Millisecond)
	time.Sleep(time.Millisecond) // let the key press's goroutine end
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
