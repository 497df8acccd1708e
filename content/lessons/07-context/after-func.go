package main

import (
	"context"
	"fmt"
	"time"
)

// Conn is a connection whose Read waits for a message or for Close,
// and knows nothing about contexts.
type Conn struct {
	inbox  chan string
	closed chan struct{}
}

func NewConn() *Conn {
	return &Conn{inbox: make(chan string), closed: make(chan struct{})}
}

func (c *Conn) Deliver(after time.Duration, message string) {
	go func() {
		time.Sleep(after)
		select {
		case c.inbox <- message:
		case <-c.closed:
		}
	}()
}

func (c *Conn) Read() (string, bool) {
	select {
	case message := <-c.inbox:
		return message, true
	case <-c.closed:
		return "", false
	}
}

func (c *Conn) Close() {
	fmt.Println("  afterFunc: closing the connection")
	close(c.closed)
}

// readMessage reads one message, but gives up when ctx is done.
func readMessage(ctx context.Context, conn *Conn) string {
	stop := context.AfterFunc(ctx, conn.Close)
	message, ok := conn.Read()
	fmt.Println("  stop() =", stop())
	if !ok {
		return fmt.Sprintf("nothing (%v)", ctx.Err())
	}
	return message
}

// attempt is one attempt with 50 ms to spare; the message comes after
// delay, or never if delay is 0.
func attempt(delay time.Duration) {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	conn := NewConn()
	if delay != 0 {
		conn.Deliver(delay, "hello")
	}
	got := readMessage(ctx, conn)
	fmt.Println("  read", got, "after", time.Since(start))
}

func main() {
	fmt.Println("a message due in 20ms:")
	attempt(20 * time.Millisecond)
	fmt.Println("a message that never comes:")
	attempt(0)
}
